import { HttpException } from '@nestjs/common';
import type { MessageKey } from '../i18n/messages';

/** An error whose message the filter words in the caller's language. */
export class LocalizedHttpException extends HttpException {
  constructor(
    status: number,
    readonly messageKey: MessageKey,
  ) {
    super(messageKey, status);
  }
}
