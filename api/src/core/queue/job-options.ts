import { JobName } from '@tsunagu/contracts';
import type { JobsOptions } from 'bullmq';

/** A mail that fails (SMTP down) is retried 8 times: after 5 s, 10 s, 20 s … about 21 minutes in all. */
export const MAIL_SEND_ATTEMPTS = 8;
export const MAIL_SEND_BACKOFF_MS = 5_000;
const KEEP_COMPLETED_SECONDS = 7 * 24 * 3600;
const KEEP_FAILED_SECONDS = 30 * 24 * 3600;

export const JOB_OPTIONS: Record<JobName, JobsOptions> = {
  [JobName.SendMail]: {
    attempts: MAIL_SEND_ATTEMPTS,
    backoff: { type: 'exponential', delay: MAIL_SEND_BACKOFF_MS },
    removeOnComplete: { age: KEEP_COMPLETED_SECONDS },
    removeOnFail: { age: KEEP_FAILED_SECONDS },
  },
  // 名簿の取り込み runs in one transaction: a retry after a lost connection or a crashed worker
  // starts clean (the import's status tells a finished one apart, so nothing is registered twice).
  [JobName.ImportSkills]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: { age: KEEP_COMPLETED_SECONDS },
    removeOnFail: { age: KEEP_FAILED_SECONDS },
  },
};
