import type { Locale } from '@tsunagu/contracts';

/**
 * API messages people read: error titles and field messages. Field names are the same in
 * every DTO (email is always メールアドレス), so one label table serves the whole API.
 */
const FIELD_LABELS: Record<Locale, Record<string, string>> = {
  ja: {
    name: 'お名前',
    nameKana: 'ふりがな',
    email: 'メールアドレス',
    interests: 'やってみたいこと',
    areaId: 'お住まいの地区',
    locale: 'お返事の言語',
    consentVersion: '同意の内容',
    consentGiven: '個人情報の取り扱いへの同意',
    password: 'パスワード',
    consents: '利用目的への同意',
    token: 'メールのリンク',
    birthDate: '生年月日',
    phone: '電話番号',
    postalAddress: '住所',
    contactMethod: '連絡の方法',
    centerId: 'センター',
    acknowledgedDuplicateIds: '重複の確認',
    purpose: '同意の種類',
    kind: '団体・企業の種類',
    organisationName: '団体・企業の名前',
    representativeName: '代表者のお名前',
    address: '所在地',
    description: '活動の内容',
    reason: '理由',
    code: 'コード',
    nameJa: '名前（日本語）',
    nameEn: '名前（英語）',
    role: '役割',
  },
  en: {
    name: 'Name',
    nameKana: 'Furigana',
    email: 'Email address',
    interests: 'What you would like to do',
    areaId: 'Your area',
    locale: 'Language of our reply',
    consentVersion: 'Consent',
    consentGiven: 'Consent to how we use your personal data',
    password: 'Password',
    consents: 'Consent to the purposes of use',
    token: 'The link from the email',
    birthDate: 'Date of birth',
    phone: 'Phone number',
    postalAddress: 'Address',
    contactMethod: 'How to contact',
    centerId: 'Center',
    acknowledgedDuplicateIds: 'Duplicate check',
    purpose: 'Kind of consent',
    kind: 'Kind of group',
    organisationName: 'Name of the group or business',
    representativeName: "Representative's name",
    address: 'Address',
    description: 'What the group does',
    reason: 'Reason',
    code: 'Code',
    nameJa: 'Name (Japanese)',
    nameEn: 'Name (English)',
    role: 'Role',
  },
};

type RuleMessage = (label: string, args: Record<string, unknown>) => string;

/** Keyed by class-validator constraint names, plus the service-level rules we raise ourselves. */
const RULE_MESSAGES: Record<Locale, Record<string, RuleMessage>> = {
  ja: {
    isNotEmpty: (label) => `${label}を入力してください。`,
    isString: (label) => `${label}を文字で入力してください。`,
    maxLength: (label, { max }) => `${label}は${max}文字以内で入力してください。`,
    minLength: (label, { min }) => `${label}は${min}文字以上で入力してください。`,
    requiredConsent: () => '登録するには、利用目的への同意が必要です。内容を読んで、チェックを入れてください。',
    requiredForContactMethod: (label) => `選んだ連絡の方法には、${label}が必要です。`,
    requiredToReject: () => '承認しない場合は、理由を入力してください。理由は、申請した方へのメールでお知らせします。',
    isDateString: (label) => `${label}を正しい日付で入力してください（例：1944-04-01）。`,
    matches: (label) => `${label}の形式が正しくありません。`,
    phoneFormat: (label) => `${label}は、数字とハイフンで入力してください（例：03-1234-5678）。`,
    emailTaken: () => 'このメールアドレスは、すでに別のアカウントで使われています。',
    alreadyHasAccount: () => 'この方は、すでにご自身のアカウントをお持ちです。',
    codeTaken: (label) => `この${label}は、すでに使われています。別の${label}にしてください。`,
    accountNotFound: () => 'このメールアドレスのアカウントが見つかりません。先にご本人に新規登録をしてもらってください。',
    centerRequiredForCoordinator: () => 'コーディネーターには、担当するセンターを選んでください。',
    registrationConsentNeedsDeletion: () =>
      '利用目的への同意を取り消すと、登録を続けられません。登録をやめる場合は「登録を削除する」をお使いください。',
    invalidToken: () => 'このリンクは使えません。有効期限が過ぎたか、すでに使われています。お手数ですが、もう一度お手続きください。',
    isEmail: () => 'メールアドレスの形式が正しくありません（例：taro@example.jp）。',
    isKanaReading: (label) => `${label}は、ひらがなかカタカナで入力してください。`,
    isUUID: (label) => `${label}を一覧から選んでください。`,
    unknownArea: (label) => `${label}を一覧から選んでください。`,
    isIn: (label) => `${label}を選択肢から選んでください。`,
    equals: (label) => `${label}が必要です。内容を読んで、チェックを入れてください。`,
    outdatedConsent: () => '同意の内容が新しくなりました。ページを読み込み直して、内容をご確認ください。',
    whitelistValidation: () => 'この項目は受け付けていません。',
    invalid: (label) => `${label}の内容を確認してください。`,
  },
  en: {
    isNotEmpty: (label) => `Enter ${label.toLowerCase()}.`,
    isString: (label) => `${label} must be text.`,
    maxLength: (label, { max }) => `${label} must be ${max} characters or fewer.`,
    minLength: (label, { min }) => `${label} must be at least ${min} characters.`,
    requiredConsent: () => 'To register, please read the purposes of use and tick the box to agree.',
    requiredForContactMethod: (label) => `${label} is needed for the chosen way of contact.`,
    requiredToReject: () => 'To reject, enter the reason. It is sent to the applicant by email.',
    isDateString: (label) => `Enter ${label.toLowerCase()} as a real date, like 1944-04-01.`,
    matches: (label) => `${label} is not in the right format.`,
    phoneFormat: (label) => `${label} may contain only digits and hyphens, like 03-1234-5678.`,
    emailTaken: () => 'This email address is already used by another account.',
    alreadyHasAccount: () => 'This person already has an account of their own.',
    codeTaken: (label) => `This ${label.toLowerCase()} is already used. Please choose another.`,
    accountNotFound: () => 'No account has this email address. Please ask the person to sign up first.',
    centerRequiredForCoordinator: () => 'Choose the center the coordinator covers.',
    registrationConsentNeedsDeletion: () =>
      'Without consent to the purposes of use, the registration cannot continue. To stop, use "Delete my registration".',
    invalidToken: () => 'This link cannot be used: it has expired or was already used. Please start again.',
    isEmail: () => 'Enter an email address in the right format, like taro@example.jp.',
    isKanaReading: (label) => `${label} must be written in hiragana or katakana.`,
    isUUID: (label) => `Choose ${label.toLowerCase()} from the list.`,
    unknownArea: (label) => `Choose ${label.toLowerCase()} from the list.`,
    isIn: (label) => `Choose ${label.toLowerCase()} from the options.`,
    equals: (label) => `${label} is needed. Please read it and tick the box.`,
    outdatedConsent: () => 'The consent text has changed. Please reload the page and read it again.',
    whitelistValidation: () => 'This field is not accepted.',
    invalid: (label) => `Check ${label.toLowerCase()}.`,
  },
};

/** Errors that need more than their status's title to tell people what happened and what to do. */
const MESSAGES = {
  ja: {
    signInRequired: 'ログインしてください。',
    forbidden: 'この操作を行う権限がありません。',
    invalidCredentials: 'メールアドレスかパスワードが違います。もう一度お確かめください。',
    emailNotVerified: 'メールアドレスの確認が済んでいません。登録のときにお送りしたメールのリンクを開いてください。',
    tooManyLoginAttempts: 'ログインに続けて失敗したため、しばらくログインできません。15分ほどたってから、もう一度お試しください。',
    csrfRejected: 'ページの有効期限が切れました。ページを読み込み直してから、もう一度お試しください。',
    notFound: 'お探しの情報が見つかりません。',
    outsideCenter: 'この方は、あなたが担当するセンターの登録ではありません。',
    possibleDuplicate: '同じ方がすでに登録されている可能性があります。候補を確認してから、もう一度登録してください。',
    organisationAlreadyDecided: 'この申請は、すでに承認または非承認が決まっています。画面を読み込み直して、ご確認ください。',
  },
  en: {
    signInRequired: 'Please log in.',
    forbidden: 'You do not have permission to do this.',
    invalidCredentials: 'The email address or password is not right. Please check them and try again.',
    emailNotVerified: 'Your email address is not confirmed yet. Please open the link in the email we sent when you registered.',
    tooManyLoginAttempts: 'Too many failed logins. Please wait about 15 minutes and try again.',
    csrfRejected: 'This page has expired. Please reload it and try again.',
    notFound: 'We could not find what you were looking for.',
    outsideCenter: 'This person is not registered with a center you cover.',
    possibleDuplicate: 'This person may already be registered. Please check the candidates, then register again.',
    organisationAlreadyDecided: 'This application has already been approved or rejected. Please reload the page to see it.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type MessageKey = keyof (typeof MESSAGES)['ja'];

export function localizedMessage(locale: Locale, key: MessageKey): string {
  return MESSAGES[locale][key];
}

const TITLES: Record<Locale, Record<number | 'invalidInput', string>> = {
  ja: {
    invalidInput: '入力内容を確認してください。',
    400: 'リクエストの内容が正しくありません。',
    401: 'ログインしてください。',
    403: 'この操作を行う権限がありません。',
    404: 'お探しのページや情報が見つかりません。',
    413: '送信された内容が大きすぎます。',
    429: 'アクセスが集中しています。しばらくしてから、もう一度お試しください。',
    500: '申し訳ありません。システムで問題が起きました。しばらくしてから、もう一度お試しください。',
  },
  en: {
    invalidInput: 'Please check what you entered.',
    400: 'The request is not valid.',
    401: 'Please log in.',
    403: 'You do not have permission to do this.',
    404: 'We could not find what you were looking for.',
    413: 'What you sent is too large.',
    429: 'Too many requests. Please wait a moment and try again.',
    500: 'Sorry, something went wrong on our side. Please try again in a little while.',
  },
};

export function fieldMessage(locale: Locale, field: string, rule: string, args: Record<string, unknown> = {}): string {
  // A DTO may name a more telling label (the name of a group is not お名前) in its context.
  const labelKey = typeof args['label'] === 'string' ? args['label'] : field;
  const label = FIELD_LABELS[locale][labelKey] ?? field;
  const message = RULE_MESSAGES[locale][rule] ?? RULE_MESSAGES[locale]['invalid'];
  return message(label, args);
}

export function errorTitle(locale: Locale, status: number | 'invalidInput'): string {
  const titles = TITLES[locale];
  return titles[status] ?? (typeof status === 'number' && status >= 500 ? titles[500] : titles[400]);
}
