import baseConfig, { pureLibRules } from '../../eslint.config.mjs';

export default [...baseConfig, { files: ['**/*.ts'], rules: pureLibRules }];
