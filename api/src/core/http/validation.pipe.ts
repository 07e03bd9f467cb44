import { ValidationPipe } from '@nestjs/common';
import { InvalidInputException } from './invalid-input.exception';

/** DTOs are validated at the edge; unknown fields are refused rather than silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => InvalidInputException.fromValidationErrors(errors),
  });
}
