import type { Locale, MailTemplate, MailTemplateParams } from '@tsunagu/contracts';
import { type MailContent, SIGNATURE } from './mail-content';

type Params<T extends MailTemplate> = MailTemplateParams[T];

/** 団体・企業の登録申請が承認された: the applicant can now act for the group. */
export function renderOrganisationApproved(locale: Locale, params: Params<MailTemplate.OrganisationApproved>): MailContent {
  if (locale === 'en') {
    return {
      subject: '[Tsunagu] Your group registration has been approved',
      text: [
        `Dear ${params.name},`,
        '',
        `Thank you for applying to register "${params.organisationName}".`,
        `${params.centerName} has approved the registration.`,
        '',
        ...(params.message ? ['■ A note from the center', params.message, ''] : []),
        'You can now use Tsunagu on behalf of the group. Please log in and open My page:',
        params.link,
        '',
        'If you have any questions, please feel free to call us.',
        '',
        SIGNATURE.en,
      ].join('\n'),
    };
  }
  return {
    subject: '【つなぐ】団体・企業の登録申請を承認しました',
    text: [
      `${params.name} 様`,
      '',
      `「${params.organisationName}」の登録申請をいただき、ありがとうございます。`,
      `${params.centerName}で内容を確認し、登録を承認しました。`,
      '',
      ...(params.message ? ['■ センターからのお知らせ', params.message, ''] : []),
      'これから、団体・企業としてつなぐをご利用いただけます。',
      'ログインして、マイページをご覧ください。',
      params.link,
      '',
      'ご不明な点があれば、お気軽にお電話ください。',
      '',
      SIGNATURE.ja,
    ].join('\n'),
  };
}

/** 団体・企業の登録申請が承認されなかった: the reason, and how to ask the center. */
export function renderOrganisationRejected(locale: Locale, params: Params<MailTemplate.OrganisationRejected>): MailContent {
  if (locale === 'en') {
    return {
      subject: '[Tsunagu] About your group registration',
      text: [
        `Dear ${params.name},`,
        '',
        `Thank you for applying to register "${params.organisationName}".`,
        `${params.centerName} has looked at the application, and we are sorry to tell you`,
        'that we cannot approve the registration this time, for this reason:',
        '',
        '■ Reason',
        params.reason,
        '',
        'If you have questions about the reason, or would like to apply again,',
        'please call us at the number below. When you call, please tell us the name',
        `of the group and that you applied to ${params.centerName}.`,
        '',
        SIGNATURE.en,
      ].join('\n'),
    };
  }
  return {
    subject: '【つなぐ】団体・企業の登録申請について',
    text: [
      `${params.name} 様`,
      '',
      `「${params.organisationName}」の登録申請をいただき、ありがとうございます。`,
      `${params.centerName}で内容を確認しました。申し訳ありませんが、`,
      '次の理由により、今回は登録を承認できませんでした。',
      '',
      '■ 理由',
      params.reason,
      '',
      '理由についてのご質問や、もう一度申請される場合のご相談は、',
      '下記の電話番号までお問い合わせください。',
      `その際、団体・企業の名前と、${params.centerName}に申請したことをお伝えください。`,
      '',
      SIGNATURE.ja,
    ].join('\n'),
  };
}
