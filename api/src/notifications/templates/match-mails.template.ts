import type { Locale, MailContact, MailTemplate, MailTemplateParams } from '@tsunagu/contracts';
import { CALENDAR_CONTENT_TYPE, CALENDAR_FILE_NAME, matchCalendar } from './match-calendar';
import { type MailContent, SIGNATURE } from './mail-content';
import { dateText, scheduleText } from './schedule-text';

type Params<T extends MailTemplate> = MailTemplateParams[T];

/** 2026-12-02T03:00:00.000Z → 2026年12月2日（水）12時00分 / Wednesday 2 December 2026, 12:00 (Japan time) */
function deadlineText(expiresAt: Date, locale: Locale): string {
  const japan = new Date(expiresAt.getTime() + 9 * 3600_000).toISOString();
  const [hours, minutes] = japan.slice(11, 16).split(':');
  const date = dateText(japan.slice(0, 10), locale);
  return locale === 'en' ? `${date}, ${hours}:${minutes} (Japan time)` : `${date}${Number(hours)}時${minutes}分`;
}

function placeLines(params: { online: boolean; areaName: string | null; address?: string | null }, locale: Locale): string[] {
  if (params.online)
    return [locale === 'en' ? 'Online (the center will tell you how to join)' : 'オンライン（参加のしかたは、センターからお知らせします）'];
  const lines: string[] = [];
  if (params.areaName) lines.push(params.areaName);
  if (params.address !== undefined) {
    lines.push(
      params.address ?? (locale === 'en' ? 'The center will tell you the exact place.' : 'くわしい場所は、センターからお知らせします。'),
    );
  }
  return lines.length > 0 ? lines : [locale === 'en' ? 'To be arranged with the center' : 'センターと相談して決めます'];
}

function contactLines(contact: MailContact, locale: Locale): string[] {
  const none = locale === 'en' ? '(not given)' : '（登録がありません）';
  return locale === 'en'
    ? [`Name: ${contact.name}`, `Phone: ${contact.phone ?? none}`, `Email: ${contact.email ?? none}`]
    : [`お名前：${contact.name}`, `電話番号：${contact.phone ?? none}`, `メールアドレス：${contact.email ?? none}`];
}

/**
 * 打診: the request (area only, no address, nothing about the person who asked) and two links
 * that work without logging in. Opening a link shows the request and a button: the answer is
 * given on the page, so a mail program that opens links to check them answers nothing.
 */
export function renderOffer(locale: Locale, params: Params<MailTemplate.Offer>): MailContent {
  const expiresAt = new Date(params.expiresAt);
  if (locale === 'en') {
    return {
      subject: `[Tsunagu] Could you help? (${params.requestTitle})`,
      text: [
        `Dear ${params.name},`,
        '',
        `This is ${params.centerName}. Thank you for registering with the skills bank.`,
        'We would like to ask whether you could help with the activity below.',
        '',
        '■ What',
        params.requestTitle,
        params.description,
        ...(params.categoryNames.length > 0 ? ['', '■ Kind of activity', params.categoryNames.join(', ')] : []),
        '',
        '■ When',
        scheduleText(params.schedule, 'en'),
        '',
        '■ Where',
        ...placeLines(params, 'en'),
        ...(params.online ? [] : ['(We will tell you the exact place once it is decided.)']),
        ...(params.message ? ['', '■ A note from the center', params.message] : []),
        '',
        'If you can help, please open this link:',
        params.acceptLink,
        '',
        'If you cannot help this time, please open this link:',
        params.declineLink,
        '',
        `The links work once, without logging in, for ${params.validHours} hours (until ${deadlineText(expiresAt, 'en')}).`,
        'After you answer, the center checks everything and writes to you again once it is decided.',
        'If you have any questions, please feel free to call us.',
        '',
        SIGNATURE.en,
      ].join('\n'),
    };
  }
  return {
    subject: `【つなぐ】ボランティア活動のご相談です（${params.requestTitle}）`,
    text: [
      `${params.name} 様`,
      '',
      `${params.centerName}です。特技バンクへのご登録、ありがとうございます。`,
      '次のボランティア活動を、お願いできないかと考えています。ご都合はいかがでしょうか。',
      '',
      '■ 活動の内容',
      params.requestTitle,
      params.description,
      ...(params.categoryNames.length > 0 ? ['', '■ 活動の種類', params.categoryNames.join('、')] : []),
      '',
      '■ 日時',
      scheduleText(params.schedule, 'ja'),
      '',
      '■ 場所',
      ...placeLines(params, 'ja'),
      ...(params.online ? [] : ['（くわしい場所は、お引き受けが決まってからお知らせします）']),
      ...(params.message ? ['', '■ センターからのひとこと', params.message] : []),
      '',
      'お引き受けいただける場合は、次のリンクを開いてください。',
      params.acceptLink,
      '',
      '今回は難しい場合は、次のリンクを開いてください。',
      params.declineLink,
      '',
      `リンクは${params.validHours}時間（${deadlineText(expiresAt, 'ja')}まで）、1回だけ使えます。ログインは必要ありません。`,
      'お返事をいただいたあと、センターで内容を確かめ、決まりましたら改めてご連絡します。',
      'ご不明な点があれば、お気軽にお電話ください。',
      '',
      SIGNATURE.ja,
    ].join('\n'),
  };
}

/** To the coordinator who offered: the answer, and where to approve the match. */
export function renderOfferAnswered(locale: Locale, params: Params<MailTemplate.OfferAnswered>): MailContent {
  const accepted = params.answer === 'accept';
  if (locale === 'en') {
    return {
      subject: `[Tsunagu] ${params.volunteerName} answered your offer (${params.requestTitle})`,
      text: [
        `Dear ${params.name},`,
        '',
        `${params.volunteerName} has answered the offer of "${params.requestTitle}":`,
        accepted ? 'They can help. Please check and approve the match.' : 'They cannot help this time.',
        '',
        params.link,
        '',
        SIGNATURE.en,
      ].join('\n'),
    };
  }
  return {
    subject: `【つなぐ】打診へのお返事がありました（${params.requestTitle}）`,
    text: [
      `${params.name} 様`,
      '',
      `「${params.requestTitle}」の打診に、${params.volunteerName}さんからお返事がありました。`,
      accepted ? 'お引き受けいただけるとのことです。内容を確かめて、マッチングを承認してください。' : '今回は難しいとのことです。',
      '',
      params.link,
      '',
      SIGNATURE.ja,
    ].join('\n'),
  };
}

/**
 * マッチング決定: the other side's contact details and the exact place, shown only now that a
 * coordinator approved, and the activity as an .ics file for the person's calendar.
 */
export function renderMatchConfirmed(locale: Locale, params: Params<MailTemplate.MatchConfirmed>, now = new Date()): MailContent {
  const attachments = params.calendar
    ? [{ filename: CALENDAR_FILE_NAME, content: matchCalendar(params.calendar, now), contentType: CALENDAR_CONTENT_TYPE }]
    : [];
  const volunteer = params.role === 'volunteer';
  const where = placeLines({ online: params.online, areaName: params.areaName, address: params.address }, locale);
  if (locale === 'en') {
    return {
      subject: `[Tsunagu] It is decided: ${params.requestTitle}`,
      text: [
        `Dear ${params.name},`,
        '',
        volunteer
          ? `The volunteer activity "${params.requestTitle}" is decided. Thank you for taking it on.`
          : `A volunteer has been found for "${params.requestTitle}".`,
        `${params.centerName} has approved it.`,
        '',
        '■ When',
        scheduleText(params.schedule, 'en'),
        '',
        '■ Where',
        ...where,
        '',
        volunteer ? '■ The person who asked' : '■ Your volunteer',
        ...contactLines(params.counterpart, 'en'),
        ...(params.whatToBring ? ['', '■ What to bring', params.whatToBring] : []),
        '',
        ...(attachments.length > 0 ? [`The attached file (${CALENDAR_FILE_NAME}) adds the activity to your calendar.`, ''] : []),
        volunteer ? 'After the activity, please record how it went on this page:' : 'You can see the details on your page:',
        params.link,
        '',
        'Please use these contact details only for this activity. If something changes, please call the center early.',
        '',
        SIGNATURE.en,
      ].join('\n'),
      attachments,
    };
  }
  return {
    subject: `【つなぐ】ボランティア活動が決まりました（${params.requestTitle}）`,
    text: [
      `${params.name} 様`,
      '',
      volunteer
        ? `「${params.requestTitle}」のボランティア活動が決まりました。お引き受けいただき、ありがとうございます。`
        : `「${params.requestTitle}」のボランティアが決まりました。`,
      `${params.centerName}で承認しました。`,
      '',
      '■ 日時',
      scheduleText(params.schedule, 'ja'),
      '',
      '■ 場所',
      ...where,
      '',
      volunteer ? '■ 依頼した方の連絡先' : '■ ボランティアの連絡先',
      ...contactLines(params.counterpart, 'ja'),
      ...(params.whatToBring ? ['', '■ 持ち物', params.whatToBring] : []),
      '',
      ...(attachments.length > 0 ? [`予定表（カレンダー）に追加できるファイル（${CALENDAR_FILE_NAME}）を添付しています。`, ''] : []),
      volunteer ? '活動のあと、次のページから活動の記録をお願いします。' : 'くわしい内容は、次のページでご覧いただけます。',
      params.link,
      '',
      '連絡先は、この活動のためだけにお使いください。ご都合が悪くなった場合は、早めにセンターへお電話ください。',
      '',
      SIGNATURE.ja,
    ].join('\n'),
    attachments,
  };
}
