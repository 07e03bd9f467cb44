import { required, schema, validate } from '@angular/forms/signals';
import { isOptionalOrganisationField, ORGANISATION_FIELDS, type OrganisationDraft, organisationProblem } from '../util/organisation-draft';

/**
 * The Signal Forms schema of 団体・企業の登録申請. The rules are the plain functions in
 * util/organisation-draft.ts (unit-tested); `required()` also marks the controls as required for
 * assistive technology. An empty field is left to `required()`.
 */
export const applySchema = schema<OrganisationDraft>((path) => {
  for (const field of ORGANISATION_FIELDS) {
    if (!isOptionalOrganisationField(field)) required(path[field]);
    validate(path[field], ({ value }) => {
      const raw: string = value();
      if (raw === '') return undefined;
      const kind = organisationProblem(field, raw);
      return kind ? { kind } : undefined;
    });
  }
});
