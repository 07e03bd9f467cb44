/** A file made when the mail is sent (an .ics calendar file …), from the payload's data. */
export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface MailContent {
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/** The closing every mail from the center carries, so people know who wrote and how to reach them. */
export const SIGNATURE = {
  ja: [
    '――――――――――――――――',
    'つなぐ区社会福祉協議会',
    'つなぐ区ボランティアセンター',
    '電話：03-0000-0000（平日 9時～17時）',
    '※デモ用の連絡先です。',
  ].join('\n'),
  en: [
    '----------------',
    'Tsunagu Ward Council of Social Welfare',
    'Tsunagu Ward Volunteer Center',
    'Phone: 03-0000-0000 (weekdays 9:00-17:00)',
    '(A demo contact number.)',
  ].join('\n'),
} as const;
