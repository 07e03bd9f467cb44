import type { Locale, MailTemplate, MailTemplateParams } from '@tsunagu/contracts';
import { type MailContent, SIGNATURE } from './mail-content';

type Params<T extends MailTemplate> = MailTemplateParams[T];

const IGNORE_JA = 'このメールにお心当たりがない場合は、何もせずに削除してください。';
const IGNORE_EN = 'If you did not ask for this, you can ignore this email.';

export function renderVerifyEmail(locale: Locale, params: Params<MailTemplate.VerifyEmail>): MailContent {
  if (locale === 'en') {
    return {
      subject: '[Tsunagu] Please confirm your email address',
      text: [
        `Dear ${params.name},`,
        '',
        'Thank you for registering with Tsunagu.',
        'To finish, please open this link within ' + `${params.validHours} hours:`,
        '',
        params.link,
        '',
        IGNORE_EN,
        '',
        SIGNATURE.en,
      ].join('\n'),
    };
  }
  return {
    subject: '【つなぐ】メールアドレスの確認をお願いします',
    text: [
      `${params.name} 様`,
      '',
      'つなぐへのご登録、ありがとうございます。',
      `登録を終えるには、${params.validHours}時間以内に、次のリンクを開いてください。`,
      '',
      params.link,
      '',
      IGNORE_JA,
      '',
      SIGNATURE.ja,
    ].join('\n'),
  };
}

export function renderAlreadyRegistered(locale: Locale, params: Params<MailTemplate.AlreadyRegistered>): MailContent {
  if (locale === 'en') {
    return {
      subject: '[Tsunagu] This email address is already registered',
      text: [
        `Dear ${params.name},`,
        '',
        'Someone tried to register with this email address, but it already has an account.',
        'You can log in here:',
        params.loginLink,
        '',
        'If you have forgotten your password, you can set a new one here:',
        params.resetLink,
        '',
        IGNORE_EN,
        '',
        SIGNATURE.en,
      ].join('\n'),
    };
  }
  return {
    subject: '【つなぐ】このメールアドレスは登録済みです',
    text: [
      `${params.name} 様`,
      '',
      'このメールアドレスで新規登録のお手続きがありましたが、すでに登録されています。',
      'ログインは、こちらからどうぞ。',
      params.loginLink,
      '',
      'パスワードをお忘れの場合は、こちらから新しいパスワードを設定できます。',
      params.resetLink,
      '',
      IGNORE_JA,
      '',
      SIGNATURE.ja,
    ].join('\n'),
  };
}

export function renderPasswordReset(locale: Locale, params: Params<MailTemplate.PasswordReset>): MailContent {
  if (locale === 'en') {
    return {
      subject: '[Tsunagu] Set a new password',
      text: [
        `Dear ${params.name},`,
        '',
        `To set a new password, please open this link within ${params.validHours} hour(s):`,
        '',
        params.link,
        '',
        'After you set it, you will be logged out on every device.',
        IGNORE_EN + ' Your password stays as it is.',
        '',
        SIGNATURE.en,
      ].join('\n'),
    };
  }
  return {
    subject: '【つなぐ】パスワードの再設定',
    text: [
      `${params.name} 様`,
      '',
      `新しいパスワードを設定するには、${params.validHours}時間以内に、次のリンクを開いてください。`,
      '',
      params.link,
      '',
      '設定が終わると、すべての端末でログアウトします。',
      `${IGNORE_JA}パスワードは変わりません。`,
      '',
      SIGNATURE.ja,
    ].join('\n'),
  };
}

export function renderClaimInvitation(locale: Locale, params: Params<MailTemplate.ClaimInvitation>): MailContent {
  if (locale === 'en') {
    return {
      subject: '[Tsunagu] Start using your account',
      text: [
        `Dear ${params.name},`,
        '',
        `${params.centerName} has registered you with Tsunagu at your request.`,
        `To start using your own account, please open this link within ${params.validHours} hours and choose a password:`,
        '',
        params.link,
        '',
        IGNORE_EN,
        '',
        SIGNATURE.en,
      ].join('\n'),
    };
  }
  return {
    subject: '【つなぐ】ご自身でのご利用を始めるご案内',
    text: [
      `${params.name} 様`,
      '',
      `${params.centerName}で、つなぐへのご登録をお手伝いしました。`,
      `ご自身でログインして使えるように、${params.validHours}時間以内に次のリンクを開いて、パスワードを決めてください。`,
      '',
      params.link,
      '',
      IGNORE_JA,
      '',
      SIGNATURE.ja,
    ].join('\n'),
  };
}
