import type { RadioOption } from './radio-choices.component';

/** 「お返事の言語」: each language named in itself, so a reader of either can find theirs. */
export const REPLY_LANGUAGE_OPTIONS: readonly RadioOption[] = [
  { value: 'ja', labelKey: 'language.ja', lang: 'ja' },
  { value: 'en', labelKey: 'language.en', lang: 'en' },
];
