import { PASSWORD_LIMITS, VOLUNTEER_ENQUIRY_LIMITS } from '@tsunagu/contracts';
import { isKanaReading, nameNeedsReading } from '@tsunagu/matching';
import { cleanEmail, cleanText, isEmailAddress } from '../../shared/util/text-input';

/** Limits for the account's text fields: the API's SignUpDto applies the enquiry form's limits. */
export const ACCOUNT_TEXT_LIMITS = {
  nameMaxLength: VOLUNTEER_ENQUIRY_LIMITS.nameMaxLength,
  nameKanaMaxLength: VOLUNTEER_ENQUIRY_LIMITS.nameKanaMaxLength,
  emailMaxLength: VOLUNTEER_ENQUIRY_LIMITS.emailMaxLength,
} as const;

/**
 * How long the mailed links work, as the API sets them (accounts.service.ts). Shown in the
 * instructions; they belong in @tsunagu/contracts so the two cannot drift.
 */
export const MAILED_LINK_HOURS = { verifyEmail: 24, passwordReset: 1 } as const;

/** Error kinds the account forms raise themselves; each has a message per field in the i18n files. */
export type AccountErrorKind = 'required' | 'tooLong' | 'tooShort' | 'kana' | 'email' | 'mismatch';

/** Characters as a person counts them (an emoji is one), which is how the API counts them too. */
export const characterCount = (text: string): number => Array.from(text).length;

export function emailProblem(raw: string): AccountErrorKind | null {
  const email = cleanEmail(raw);
  if (email === '') return 'required';
  if (email.length > ACCOUNT_TEXT_LIMITS.emailMaxLength) return 'tooLong';
  return isEmailAddress(email) ? null : 'email';
}

/** A new password: 10 to 128 characters, spaces included and nothing trimmed. */
export function newPasswordProblem(password: string): AccountErrorKind | null {
  if (password === '') return 'required';
  const length = characterCount(password);
  if (length < PASSWORD_LIMITS.minLength) return 'tooShort';
  return length > PASSWORD_LIMITS.maxLength ? 'tooLong' : null;
}

/** The password typed a second time, when setting a new one. */
export function passwordAgainProblem(password: string, again: string): AccountErrorKind | null {
  if (again === '') return 'required';
  return again === password ? null : 'mismatch';
}

/** At login only presence is checked: an old password may predate today's rules. */
export function loginPasswordProblem(password: string): AccountErrorKind | null {
  return password === '' ? 'required' : null;
}

export function nameProblem(raw: string): AccountErrorKind | null {
  const name = cleanText(raw);
  if (name === '') return 'required';
  return characterCount(name) > ACCOUNT_TEXT_LIMITS.nameMaxLength ? 'tooLong' : null;
}

/** ふりがな: needed only when the name has kanji; hiragana or katakana when given. */
export function nameKanaProblem(rawKana: string, rawName: string): AccountErrorKind | null {
  const kana = cleanText(rawKana);
  if (kana === '') return nameNeedsReading(cleanText(rawName)) ? 'required' : null;
  if (!isKanaReading(kana)) return 'kana';
  return characterCount(kana) > ACCOUNT_TEXT_LIMITS.nameKanaMaxLength ? 'tooLong' : null;
}
