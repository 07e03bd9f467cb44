import { required, schema, validate, type ValidationError } from '@angular/forms/signals';
import { VOLUNTEER_ENQUIRY_LIMITS as LIMITS } from '@tsunagu/contracts';
import { isKanaReading, nameNeedsReading } from '@tsunagu/matching';
import type { EnquiryDraft } from '../util/enquiry-draft';
import { cleanEmail, cleanText, isEmailAddress } from '../util/enquiry-input';

/** Error kinds the form raises itself; each has a message per field in the i18n files. */
export type EnquiryErrorKind = 'required' | 'tooLong' | 'kana' | 'email';

type Check = (cleaned: string) => ValidationError.WithoutFieldTree | undefined;

const fail = (kind: EnquiryErrorKind): ValidationError.WithoutFieldTree => ({ kind });
const notLongerThan =
  (max: number): Check =>
  (cleaned) =>
    cleaned.length > max ? fail('tooLong') : undefined;

/**
 * The first problem with a text value, or nothing. An empty value is left to `required()`; a
 * value of only spaces counts as empty too, as it does for the API, which trims first.
 */
function firstProblem(raw: string, clean: (value: string) => string, checks: Check[]) {
  if (raw === '') return undefined;
  const cleaned = clean(raw);
  if (cleaned === '') return fail('required');
  for (const check of checks) {
    const problem = check(cleaned);
    if (problem) return problem;
  }
  return undefined;
}

/** The same rules as the API's CreateVolunteerEnquiryDto, with VOLUNTEER_ENQUIRY_LIMITS. */
export const enquirySchema = schema<EnquiryDraft>((path) => {
  required(path.name);
  validate(path.name, ({ value }) => firstProblem(value(), cleanText, [notLongerThan(LIMITS.nameMaxLength)]));

  // Only a name with kanji needs a reading (the API applies the same rule).
  required(path.nameKana, { when: ({ valueOf }) => nameNeedsReading(valueOf(path.name)) });
  validate(path.nameKana, ({ value }) =>
    firstProblem(value(), cleanText, [(kana) => (isKanaReading(kana) ? undefined : fail('kana')), notLongerThan(LIMITS.nameKanaMaxLength)]),
  );

  required(path.email);
  validate(path.email, ({ value }) =>
    firstProblem(value(), cleanEmail, [
      notLongerThan(LIMITS.emailMaxLength),
      (email) => (isEmailAddress(email) ? undefined : fail('email')),
    ]),
  );

  required(path.interests);
  validate(path.interests, ({ value }) => firstProblem(value(), cleanText, [notLongerThan(LIMITS.interestsMaxLength)]));

  required(path.consentGiven);
});
