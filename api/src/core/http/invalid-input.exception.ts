import { BadRequestException, type ValidationError } from '@nestjs/common';

/** One field that failed a rule; the exception filter words it in the caller's language. */
export interface FieldProblem {
  field: string;
  rule: string;
  args?: Record<string, unknown>;
}

export class InvalidInputException extends BadRequestException {
  constructor(readonly problems: FieldProblem[]) {
    super('Invalid input');
  }

  static forField(field: string, rule: string, args?: Record<string, unknown>): InvalidInputException {
    return new InvalidInputException([{ field, rule, args }]);
  }

  /** The first failed rule of each field, nested fields as dotted paths. */
  static fromValidationErrors(errors: ValidationError[], parent = ''): InvalidInputException {
    const problems: FieldProblem[] = [];
    const walk = (list: ValidationError[], prefix: string) => {
      for (const error of list) {
        const field = prefix ? `${prefix}.${error.property}` : error.property;
        const rules = Object.keys(error.constraints ?? {});
        if (rules.length > 0) {
          // class-validator lists constraints in reverse declaration order; the last is the first declared.
          const rule = rules[rules.length - 1];
          // A decorator's context may name a more telling rule (e.g. outdatedConsent for equals).
          const context = error.contexts?.[rule] as { rule?: string } | undefined;
          problems.push({ field, rule: context?.rule ?? rule, args: context });
        }
        walk(error.children ?? [], field);
      }
    };
    walk(errors, parent);
    return new InvalidInputException(problems);
  }
}
