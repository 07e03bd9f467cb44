import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LOCALES, type Locale } from '@tsunagu/contracts';
import { LanguageService } from '../core/i18n/language.service';

/** 日本語 / English: two toggle buttons; the pressed one is the language shown now. */
@Component({
  selector: 'tsu-language-switch',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="switch" role="group" [attr.aria-label]="'language.groupLabel' | transloco">
      @for (lang of locales; track lang) {
        <button
          type="button"
          class="switch__button"
          [attr.lang]="lang"
          [attr.aria-pressed]="language.current() === lang"
          (click)="choose(lang)"
        >
          {{ 'language.' + lang | transloco }}
        </button>
      }
    </div>
  `,
  styles: `
    .switch {
      display: flex;
      gap: 0.5rem;
    }
    .switch__button {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      min-height: 48px;
      min-width: 48px;
      padding: 0.25rem 0.875rem;
      font: inherit;
      font-size: 1rem;
      line-height: 1.5;
      color: var(--color-primary);
      background: #fff;
      border: 2px solid var(--color-primary);
      border-radius: 8px;
      cursor: pointer;
    }
    .switch__button:hover {
      text-decoration: underline;
      background: var(--color-bg-hover);
    }
    .switch__button[aria-pressed='true'] {
      color: #fff;
      background: var(--color-primary);
      font-weight: 700;
    }
    /* The chosen language is marked by a check as well as by the fill. */
    .switch__button[aria-pressed='true']::before {
      content: '✓' / '';
    }
  `,
})
export class LanguageSwitchComponent {
  protected readonly language = inject(LanguageService);
  protected readonly locales = LOCALES;

  protected choose(lang: Locale): void {
    if (lang !== this.language.current()) void this.language.use(lang);
  }
}
