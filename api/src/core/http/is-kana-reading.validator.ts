import { isKanaReading } from '@tsunagu/matching';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** ふりがな: hiragana or katakana (spaces allowed). */
export function IsKanaReading(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isKanaReading', validator: { validate: (value) => typeof value === 'string' && isKanaReading(value) } },
    options,
  );
}
