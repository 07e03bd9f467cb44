import type { Logger } from '@nestjs/common';

const REPEAT_AFTER_MS = 60_000;

/** BullMQ reports every reconnect attempt while Redis is away; an outage needs one line a minute. */
export function throttledWarning(logger: Logger, repeatAfterMs = REPEAT_AFTER_MS): (message: string) => void {
  let lastWarning = 0;
  return (message) => {
    if (Date.now() - lastWarning < repeatAfterMs) return;
    lastWarning = Date.now();
    logger.warn(message);
  };
}
