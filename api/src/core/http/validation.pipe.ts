import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { type FieldProblem, InvalidInputException } from './invalid-input.exception';

/** Deeper than any form sends; a body nested thousands deep would overflow the validator's recursion. */
const MAX_INPUT_DEPTH = 32;

/**
 * NUL and unpaired UTF-16 surrogates: PostgreSQL cannot store them (text nor jsonb) and the email
 * check throws on them, so they are refused here, with the field named, before anything reads them.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isUnreadable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/** The fields of a body or query that no DTO rule should ever see; nested fields as dotted paths. */
function unreadableInput(value: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (node: unknown, path: string, depth: number) => {
    if (typeof node === 'string') {
      if (isUnreadable(node)) problems.push({ field: path, rule: 'unreadableCharacters' });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.push({ field: path.split('.')[0], rule: 'invalid' });
      return;
    }
    for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key, depth + 1);
  };
  if (value !== null && typeof value === 'object') walk(value, '', 0);
  return problems;
}

/** DTOs are validated at the edge; unknown fields are refused rather than silently dropped. */
class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problems = unreadableInput(value);
      if (problems.length > 0) throw new InvalidInputException(problems);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => InvalidInputException.fromValidationErrors(errors),
  });
}
