import angular from 'angular-eslint';
import { defineConfig } from 'eslint/config';
import baseConfig from '../eslint.config.mjs';

export default defineConfig(
  ...baseConfig,
  {
    files: ['**/*.ts'],
    // tsRecommended already requires standalone, OnPush and inject() (STYLE.md).
    extends: [angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      // "tsu" is the prefix in web/project.json (what `nx g` uses) and on every component so far.
      // Attribute components (fieldset[tsu-fieldset]) keep the native element a form part needs.
      '@angular-eslint/component-selector': ['error', { type: ['element', 'attribute'], prefix: 'tsu', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'tsu', style: 'camelCase' }],
      // Signal inputs and queries, not @Input() / @ViewChild() (STYLE.md).
      '@angular-eslint/prefer-signals': 'error',
    },
  },
  {
    files: ['**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
  },
);
