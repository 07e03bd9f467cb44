import { MAIL_API } from './stack';

export interface CaughtMail {
  subject: string;
  text: string;
  to: { address: string }[];
  /** What MailDev lists as attached (its REST API), not our reading of the text. */
  attachments?: { fileName?: string; generatedFileName?: string; contentType: string }[];
}

/** A caught mail's attachments: file name and content type. */
export function attachmentsOf(mail: CaughtMail): { name: string; type: string }[] {
  return (mail.attachments ?? []).map((file) => ({ name: file.fileName ?? file.generatedFileName ?? '', type: file.contentType }));
}

/** Every mail the catcher holds now, whoever it went to. */
export async function caughtMails(): Promise<CaughtMail[]> {
  return (await fetch(`${MAIL_API}/email`).then((r) => r.json())) as CaughtMail[];
}

/** Reads the mail catcher's REST API until a mail reaches the address (the worker sends it). */
export async function waitForMail(
  address: string,
  timeoutMs = 20_000,
  matches: (mail: CaughtMail) => boolean = () => true,
): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = await caughtMails();
    const mail = mails.find((m) => m.to.some((to) => to.address === address) && matches(m));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No mail reached ${address} within ${timeoutMs} ms.`);
}
