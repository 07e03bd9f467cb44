import { required, schema, validate, type ValidationError } from '@angular/forms/signals';
import { nameNeedsReading } from '@tsunagu/matching';
import { emailProblem, nameKanaProblem, nameProblem } from '../../accounts/util/account-rules';
import { todayInJapan } from '../../shared/util/calendar-date';
import {
  birthDateProblem,
  detailRequired,
  phoneProblem,
  postalAddressProblem,
  type ProxyDraft,
  type ProxyErrorKind,
} from '../util/proxy-draft';

/**
 * The 代理登録 form's Signal Forms schema. The rules are the plain functions in util/proxy-draft.ts
 * (unit-tested, and used by the step guard); an empty field is left to `required()`, which also
 * marks the control as required for assistive technology.
 */
const asError = (kind: ProxyErrorKind | null): ValidationError.WithoutFieldTree | undefined => (kind ? { kind } : undefined);
const unlessEmpty = (value: string, problem: () => ProxyErrorKind | null) => (value === '' ? undefined : asError(problem()));

export const proxySchema = schema<ProxyDraft>((path) => {
  required(path.name);
  validate(path.name, ({ value }) => unlessEmpty(value(), () => nameProblem(value())));

  // Only a name with kanji needs a reading (the API applies the same rule).
  required(path.nameKana, { when: ({ valueOf }) => nameNeedsReading(valueOf(path.name)) });
  validate(path.nameKana, ({ value, valueOf }) => unlessEmpty(value(), () => nameKanaProblem(value(), valueOf(path.name))));

  required(path.birthDate);
  validate(path.birthDate, ({ value }) => unlessEmpty(value(), () => birthDateProblem(value(), todayInJapan())));

  required(path.contactMethod);
  // The chosen contact method's detail is required; the others are checked when given.
  required(path.phone, {
    when: ({ valueOf }) => detailRequired(valueOf(path.contactMethod), 'phone'),
  });
  validate(path.phone, ({ value }) => unlessEmpty(value(), () => phoneProblem(value())));
  required(path.postalAddress, {
    when: ({ valueOf }) => detailRequired(valueOf(path.contactMethod), 'postalAddress'),
  });
  validate(path.postalAddress, ({ value }) => unlessEmpty(value(), () => postalAddressProblem(value())));
  required(path.email, {
    when: ({ valueOf }) => detailRequired(valueOf(path.contactMethod), 'email'),
  });
  validate(path.email, ({ value }) => unlessEmpty(value(), () => emailProblem(value())));

  required(path.centerId);
  required(path.consentRegistration);
});
