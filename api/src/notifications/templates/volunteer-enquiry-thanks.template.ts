import type { Locale, MailTemplate, MailTemplateParams } from '@tsunagu/contracts';
import { type MailContent, SIGNATURE } from './mail-content';

type Params = MailTemplateParams[MailTemplate.VolunteerEnquiryThanks];

export function renderVolunteerEnquiryThanks(locale: Locale, params: Params): MailContent {
  if (locale === 'en') {
    return {
      subject: '[Tsunagu Volunteer Center] We have received your enquiry',
      text: [
        `Dear ${params.name},`,
        '',
        'Thank you for your interest in volunteering.',
        'We have received your enquiry with the details below.',
        '',
        '■ What you would like to do',
        params.interests,
        '',
        '■ Your area',
        params.areaName ?? 'Not chosen',
        '',
        'A coordinator will contact you within a week.',
        'If you have any questions, please feel free to call us.',
        '',
        'If you did not send this enquiry, please ignore this mail.',
        '',
        SIGNATURE.en,
      ].join('\n'),
    };
  }
  return {
    subject: '【つなぐ区ボランティアセンター】お問い合わせを受け付けました',
    text: [
      `${params.name} 様`,
      '',
      'このたびは、ボランティアへのお問い合わせをいただき、ありがとうございます。',
      '次の内容で受け付けました。',
      '',
      '■ やってみたいこと',
      params.interests,
      '',
      '■ お住まいの地区',
      params.areaName ?? '選択なし',
      '',
      '1週間以内に、担当のコーディネーターからご連絡します。',
      'ご不明な点があれば、お気軽にお電話ください。',
      '',
      'このメールにお心当たりがない場合は、お手数ですが削除してください。',
      '',
      SIGNATURE.ja,
    ].join('\n'),
  };
}
