import { TEST_MAIL_CATCHER_WEB_PORT } from './test-env';

const BASE = `http://127.0.0.1:${TEST_MAIL_CATCHER_WEB_PORT}/api`;

export interface CaughtMail {
  id: string;
  subject: string;
  text: string;
  to: { address: string }[];
  headers: Record<string, string>;
}

export async function waitForMailCatcher(timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(`${BASE}/healthz`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return;
    await sleep(100);
  }
  throw new Error('MailDev did not start for the integration tests.');
}

export async function mailsTo(address: string): Promise<CaughtMail[]> {
  const response = await fetch(`${BASE}/email`);
  const mails = (await response.json()) as CaughtMail[];
  return mails.filter((mail) => mail.to.some((to) => to.address === address));
}

/** Waits until `count` mails reached the address, then a little longer to catch any extra copy. */
export async function waitForMailsTo(address: string, count = 1, timeoutMs = 15_000): Promise<CaughtMail[]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await mailsTo(address)).length >= count) {
      await sleep(500);
      return mailsTo(address);
    }
    await sleep(100);
  }
  return mailsTo(address);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The token in the first link of a mail (verification, password reset). */
export function tokenInMail(mail: CaughtMail): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`No link with a token in: ${mail.text}`);
  return match[1];
}
