import { isISO8601, ValidateBy, type ValidationOptions } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A real day written YYYY-MM-DD, as a date column takes it: IsDateString alone also lets through
 * week dates (2026-W01-1), year-months and times, which PostgreSQL refuses or reads otherwise.
 * It fails as isDateString, so the message stays 「…を正しい日付で入力してください」.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateString',
      validator: { validate: (value) => typeof value === 'string' && DATE.test(value) && isISO8601(value, { strict: true }) },
    },
    options,
  );
}
