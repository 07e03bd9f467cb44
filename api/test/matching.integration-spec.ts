import './test-env';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  type ActivityFiguresRow,
  type ActivityRecordSummary,
  type ApiErrorBody,
  type AuditLogEntry,
  ConsentPurpose,
  ContactMethod,
  CURRENT_CONSENT_VERSION,
  DayPeriod,
  InsurancePlan,
  type MatchCandidate,
  type MatchContacts,
  type MatchSummary,
  type MyMatch,
  type OfferPreview,
  type OfferSummary,
  OrganisationKind,
  type OrganisationSummary,
  type Page,
  type PersonalDataExport,
  type RequestDetail,
  type RequestFields,
  type RequestForVolunteer,
  Role,
  type SaveSkillProfileRequest,
  SESSION_COOKIE,
  SkillLevel,
} from '@tsunagu/contracts';
import { dateOfDayNumber, dayNumberOf, weekdayIndexOf } from '@tsunagu/matching';
import { DataSource, In } from 'typeorm';
import type { Area } from '../src/centers/area.entity';
import type { VolunteerCenter } from '../src/centers/volunteer-center.entity';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { Offer } from '../src/matching/offer.entity';
import { Person } from '../src/people/person.entity';
import { todayInJapan } from '../src/skills/insurance-cover';
import { centerByCode, signedInClient } from './factories/account.factory';
import { createDistrict } from './factories/center.factory';
import { createHttpApp } from './http-app';
import { type CaughtMail, waitForMailsTo } from './mail-catcher';
import { TEST_MAIL_CATCHER_WEB_PORT } from './test-env';
import { TestClient } from './test-client';
import { createWorker } from './worker-app';

const today = todayInJapan();
const thisMonth = today.slice(0, 7);
const fiscalYear = Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;

/** The Saturday at least a week from today (YYYY-MM-DD). */
function comingSaturday(): string {
  const start = dayNumberOf(today) + 7;
  return dateOfDayNumber(start + ((5 - weekdayIndexOf(dateOfDayNumber(start)) + 7) % 7));
}

const profile = (overrides: Partial<SaveSkillProfileRequest>): SaveSkillProfileRequest => ({
  step: 5,
  submit: true,
  skills: [],
  qualifications: [],
  languages: [],
  weeklySlots: [],
  datesOff: [],
  homeAreaId: null,
  areaIds: [],
  inPerson: true,
  online: false,
  transport: [],
  insurance: { plan: InsurancePlan.BasicA, fiscalYear, coverStart: `${fiscalYear}-04-01` },
  publicListing: false,
  nickname: null,
  ...overrides,
});

interface MailWithAttachments extends CaughtMail {
  attachments?: { fileName?: string; generatedFileName?: string; contentType: string }[];
}

async function attachmentText(mail: MailWithAttachments, index = 0): Promise<string> {
  const attachment = mail.attachments?.[index];
  if (!attachment) throw new Error(`No attachment in: ${mail.subject}`);
  const name = encodeURIComponent(attachment.generatedFileName ?? attachment.fileName ?? '');
  const response = await fetch(`http://127.0.0.1:${TEST_MAIL_CATCHER_WEB_PORT}/api/email/${mail.id}/attachment/${name}`);
  expect(response.ok).toBe(true);
  return response.text();
}

/** The link of one answer in an offer mail. */
function offerLink(mail: CaughtMail, answer: 'accept' | 'decline'): URL {
  const match = new RegExp(`https?://\\S+/offers/respond\\?token=[A-Za-z0-9_-]+&answer=${answer}`).exec(mail.text);
  if (!match) throw new Error(`No ${answer} link in: ${mail.text}`);
  return new URL(match[0]);
}

describe('match flow: candidates with reasons → offers by mail → answer by link → approval → contacts, .ics → activity → figures', () => {
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let wakaba: VolunteerCenter;
  let wakabadai: Area;
  let wakabaHigashi: Area;
  let wakabaCoordinator: TestClient;
  let kawabeCoordinator: TestClient;
  let wardCoordinator: TestClient;
  let member: TestClient;
  let memberEmail: string;
  let organisation: OrganisationSummary;
  /** Lives in the request's area, free on Saturday mornings, 草むしり: the best fit. */
  let hanako: { client: TestClient; email: string; personId: string };
  /** Also 庭仕事, in the district's other area, but free only on weekday evenings. */
  let jiro: { client: TestClient; email: string; personId: string };
  /** A volunteer of the same center who is not part of the match. */
  let saburo: { client: TestClient; email: string; personId: string };
  /** Registered by proxy, no email: reachable by phone only. */
  let tomePersonId: string;
  let requestId: string;
  let hanakoMatchId: string;
  /** The phone request of 若葉 ウメ (no account), matched with トメ reached by phone. */
  let intakeId: string;
  let umePersonId: string;
  let tomeMatchId: string;

  const registerVolunteer = async (name: string, overrides: Partial<SaveSkillProfileRequest>) => {
    const { client, email } = await signedInClient(app, [{ role: Role.Resident }]);
    const saved = await client.put('/api/me/skill-profile', profile(overrides));
    expect(saved.statusCode).toBe(200);
    const personId = saved.json<{ profile: { personId: string } }>().profile.personId;
    await dataSource.getRepository(Person).update({ id: personId }, { name, nameKana: null, phone: '090-1111-2222' });
    return { client, email, personId };
  };
  const fields = (overrides: Partial<RequestFields> = {}): RequestFields => ({
    title: '庭の草取りのお手伝い',
    description: '土曜日の午前に、高齢のご夫婦のお宅の庭の草取りをお願いします。道具はこちらで用意します。',
    categoryCodes: ['garden-work'],
    schedule: { kind: 'once', date: comingSaturday(), startTime: '09:00', endTime: '11:30' },
    areaId: wakabadai.id,
    address: 'つなぐ区若葉台3-12-6',
    headcount: 1,
    requiredQualifications: [],
    requiredLanguages: [],
    accessibilityNotes: null,
    whatToBring: '軍手、帽子、飲み物',
    costsNote: null,
    sensitiveNotes: null,
    sensitiveConsent: false,
    online: false,
    ...overrides,
  });
  const figuresFor = async (centerId: string): Promise<ActivityFiguresRow> => {
    const response = await wardCoordinator.get(`/api/activities/figures?from=${thisMonth}&to=${thisMonth}`);
    expect(response.statusCode).toBe(200);
    const row = response.json<ActivityFiguresRow[]>().find((figure) => figure.centerId === centerId);
    if (!row) throw new Error('No figures row for the center');
    return row;
  };
  const auditFor = async (query: string) =>
    (await (await signedInClient(app, [{ role: Role.Admin }])).client.get(`/api/audit-log?pageSize=100&${query}`)).json<
      Page<AuditLogEntry>
    >().items;

  let figuresBefore: ActivityFiguresRow;

  beforeAll(async () => {
    app = await createHttpApp();
    dataSource = app.get(DataSource);
    await loadDemoData(dataSource);
    worker = await createWorker();
    // A district of the spec's own: the candidates (the request's area, then its district) and the
    // figures take in only the people and requests of this spec, whatever other suites add to the demo districts.
    const district = await createDistrict(
      app,
      {
        code: 'district-wakaba',
        nameJa: '若葉地区ボランティアセンター',
        nameKana: 'わかばちくぼらんてぃあせんたー',
        nameEn: 'Wakaba District Volunteer Center',
      },
      [
        { code: 'wakabadai', nameJa: '若葉台地区', nameKana: 'わかばだいちく', nameEn: 'Wakabadai', lat: 35.7265, lng: 139.6998 },
        { code: 'wakaba-higashi', nameJa: '若葉東地区', nameKana: 'わかばひがしちく', nameEn: 'Wakaba-higashi', lat: 35.724, lng: 139.708 },
      ],
    );
    wakaba = district.center;
    [wakabadai, wakabaHigashi] = district.areas;
    const kawabe = await centerByCode(app, 'district-kawabe');
    wakabaCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: wakaba.id }])).client;
    kawabeCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: kawabe.id }])).client;
    wardCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: (await centerByCode(app, 'ward')).id }])).client;

    hanako = await registerVolunteer('若葉 花子', {
      skills: [{ categoryCode: 'garden-work', ownWords: '草むしりと庭木の水やりが得意です', level: SkillLevel.Experienced }],
      weeklySlots: [{ day: 'sat', period: DayPeriod.Morning }],
      homeAreaId: wakabadai.id,
    });
    jiro = await registerVolunteer('青葉 次郎', {
      skills: [{ categoryCode: 'garden-work', ownWords: '草刈り機が使えます', level: SkillLevel.Beginner }],
      weeklySlots: [{ day: 'wed', period: DayPeriod.Evening }],
      homeAreaId: wakabaHigashi.id,
    });
    saburo = await registerVolunteer('青葉 三郎', {
      skills: [{ categoryCode: 'shopping-errands', ownWords: '買い物の付き添いができます', level: SkillLevel.Experienced }],
      weeklySlots: [{ day: 'tue', period: DayPeriod.Morning }],
      homeAreaId: wakabadai.id,
    });
    const tome = await dataSource.getRepository(Person).save({
      centerId: wakaba.id,
      name: '若葉 トメ',
      nameKana: 'わかば とめ',
      birthDate: '1948-02-11',
      phone: '03-3333-4444',
      contactMethod: ContactMethod.Phone,
    });
    tomePersonId = tome.id;
    const proxied = await wakabaCoordinator.put(
      `/api/people/${tome.id}/skill-profile`,
      profile({
        skills: [
          { categoryCode: 'garden-work', ownWords: '草取りなら毎週しています', level: SkillLevel.Experienced },
          { categoryCode: 'shopping-errands', ownWords: '近所の買い物の付き添い', level: SkillLevel.Experienced },
        ],
        weeklySlots: [
          { day: 'sat', period: DayPeriod.Morning },
          { day: 'tue', period: DayPeriod.Morning },
        ],
        homeAreaId: wakabadai.id,
        insurance: null,
      }),
    );
    expect(proxied.statusCode).toBe(200);

    // An NPO of Wakaba, approved, posts the request; the coordinator opens it.
    const applicant = await signedInClient(app);
    member = applicant.client;
    memberEmail = applicant.email;
    const applied = await member.post('/api/organisations', {
      kind: OrganisationKind.Npo,
      name: 'NPO法人 若葉台くらしの会',
      nameKana: 'わかばだいくらしのかい',
      centerId: wakaba.id,
      representativeName: '若葉 一郎',
      phone: '03-5555-6666',
      email: 'info@wakabadai-kurashi.example.jp',
      description: '一人暮らしの高齢者のお宅の庭の手入れをしています。',
    });
    organisation = applied.json<OrganisationSummary>();
    expect((await wakabaCoordinator.post(`/api/organisations/${organisation.id}/approve`)).statusCode).toBe(200);
    figuresBefore = await figuresFor(wakaba.id);

    const posted = await member.post('/api/requests/organisation', { ...fields(), organisationId: organisation.id, submit: true });
    expect(posted.statusCode).toBe(201);
    requestId = posted.json<RequestDetail>().id;
    expect((await wakabaCoordinator.post(`/api/requests/${requestId}/status`, { to: 'open' })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await worker?.close();
    await app?.close();
  });

  it('ranks the candidates with one reason per factor, the best fit first, and logs the list', async () => {
    const response = await wakabaCoordinator.get(`/api/requests/${requestId}/candidates`);
    expect(response.statusCode).toBe(200);
    const candidates = response.json<MatchCandidate[]>();
    const ids = candidates.map((candidate) => candidate.personId);
    expect(ids).toEqual(expect.arrayContaining([hanako.personId, jiro.personId, tomePersonId]));
    // 買い物 only: not a candidate for 草取り.
    expect(ids).not.toContain(saburo.personId);
    expect(ids.indexOf(hanako.personId)).toBeLessThan(ids.indexOf(jiro.personId));
    const best = candidates.find((candidate) => candidate.personId === hanako.personId) as MatchCandidate;
    expect(best).toMatchObject({ name: '若葉 花子', homeAreaNameJa: '若葉台地区', offerStatus: null });
    expect(best.factors.map((factor) => factor.factor)).toEqual([
      'category',
      'availability',
      'distance',
      'language',
      'qualification',
      'insurance',
      'fairness',
      'reliability',
    ]);
    expect(best.factors.find((factor) => factor.factor === 'availability')?.reason.ja).toContain('活動できます');
    expect(best.factors.find((factor) => factor.factor === 'distance')?.reason.ja).toContain('若葉台地区');
    expect(candidates.map((candidate) => candidate.score)).toEqual(
      [...candidates.map((candidate) => candidate.score)].sort((a, b) => b - a),
    );
    // Without insurance: a warning, not hidden.
    const tome = candidates.find((candidate) => candidate.personId === tomePersonId) as MatchCandidate;
    expect(tome.warnings.map((warning) => warning.ja).join()).toContain('保険');
    // Who can be asked by mail is said before the coordinator tries: トメ (by proxy, phone only) cannot.
    expect(best.hasEmail).toBe(true);
    expect(candidates.find((candidate) => candidate.personId === jiro.personId)?.hasEmail).toBe(true);
    expect(tome.hasEmail).toBe(false);
    // A contact address of her own (no account) is one the 打診 mail would go to.
    await dataSource.getRepository(Person).update({ id: tomePersonId }, { email: 'tome@wakabadai.example.jp' });
    const withAddress = (await wakabaCoordinator.get(`/api/requests/${requestId}/candidates`)).json<MatchCandidate[]>();
    expect(withAddress.find((candidate) => candidate.personId === tomePersonId)?.hasEmail).toBe(true);
    await dataSource.getRepository(Person).update({ id: tomePersonId }, { email: null });

    const logged = await auditFor('action=list');
    expect(logged.some((entry) => entry.detail === `candidates:request:${requestId}`)).toBe(true);
    // Another district's coordinator cannot see them.
    const refused = await kawabeCoordinator.get(`/api/requests/${requestId}/candidates`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ApiErrorBody>().message).toBe('この依頼は、あなたが担当するセンターのものではありません。');
  });

  it('refuses to mail a volunteer without an email address and points to the phone', async () => {
    const response = await wakabaCoordinator.post(`/api/requests/${requestId}/offers`, { personIds: [tomePersonId] });
    expect(response.statusCode).toBe(400);
    expect(response.json<ApiErrorBody>().fields?.['personIds']).toBe(
      '若葉 トメさんは、メールアドレスの登録がないため、メールで打診できません。電話でお願いして了承を得たら、「電話で了承を得た」から記録してください。',
    );
    // The button it names is the console's, in English too.
    const english = new TestClient(app, 'en');
    english.setCookie(SESSION_COOKIE, wakabaCoordinator.cookie(SESSION_COOKIE) as string);
    const inEnglish = await english.post(`/api/requests/${requestId}/offers`, { personIds: [tomePersonId] });
    expect(inEnglish.json<ApiErrorBody>().fields?.['personIds']).toBe(
      '若葉 トメ has no email address, so the offer cannot be mailed. Please phone them and, once they agree, record it with "Agreed on the phone".',
    );
    expect((await kawabeCoordinator.post(`/api/requests/${requestId}/offers`, { personIds: [hanako.personId] })).statusCode).toBe(403);
  });

  it('offers to two by mail; the link answers once, without logging in; an expired link is refused', async () => {
    const offered = await wakabaCoordinator.post(`/api/requests/${requestId}/offers`, {
      personIds: [hanako.personId, jiro.personId],
      message: '草取りの道具はこちらで用意します。',
    });
    expect(offered.statusCode).toBe(201);
    const offers = offered.json<OfferSummary[]>();
    expect(offers.map((offer) => [offer.personName, offer.status, offer.channel])).toEqual([
      ['若葉 花子', 'sent', 'mail'],
      ['青葉 次郎', 'sent', 'mail'],
    ]);
    expect((await wakabaCoordinator.get(`/api/requests/${requestId}`)).json<RequestDetail>()).toMatchObject({ status: 'matching' });
    // Offering again while the first is unanswered is refused.
    const twice = await wakabaCoordinator.post(`/api/requests/${requestId}/offers`, { personIds: [hanako.personId] });
    expect(twice.json<ApiErrorBody>().fields?.['personIds']).toContain('すでに打診しています');

    const [hanakoMail] = await waitForMailsTo(hanako.email);
    const [jiroMail] = await waitForMailsTo(jiro.email);
    expect(hanakoMail.subject).toBe('【つなぐ】ボランティア活動のご相談です（庭の草取りのお手伝い）');
    expect(hanakoMail.text).toContain('若葉 花子 様');
    expect(hanakoMail.text).toContain('若葉台地区');
    expect(hanakoMail.text).toContain('草取りの道具はこちらで用意します。');
    expect(hanakoMail.text).toContain('72時間');
    // Neither the address nor who asked is in the offer.
    expect(hanakoMail.text).not.toContain('若葉台3-12-6');
    expect(hanakoMail.text).not.toContain('くらしの会');

    const accept = offerLink(hanakoMail, 'accept');
    const token = accept.searchParams.get('token') as string;
    expect(accept.pathname).toBe('/offers/respond');
    const anonymous = new TestClient(app);
    const preview = await anonymous.get(`/api/offers/respond?token=${token}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json<OfferPreview>()).toMatchObject({
      status: 'sent',
      requestTitle: '庭の草取りのお手伝い',
      areaNameJa: '若葉台地区',
      centerNameJa: '若葉地区ボランティアセンター',
      message: '草取りの道具はこちらで用意します。',
    });
    expect(JSON.stringify(preview.json())).not.toContain('若葉台3-12-6');

    const answered = await anonymous.post('/api/offers/respond', { token, answer: 'accept' });
    expect(answered.statusCode).toBe(200);
    expect(answered.json<OfferPreview>().status).toBe('accepted');
    const again = await anonymous.post('/api/offers/respond', { token, answer: 'decline' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ApiErrorBody>().message).toBe(
      'この打診には、すでにお返事をいただいています。お返事を変えたい場合は、センターにお電話ください。',
    );
    // The coordinator who offered hears of the answer.
    const coordinatorMails = await dataSource.query(`SELECT payload FROM outbox_message WHERE idempotency_key LIKE 'offer-answered.%'`);
    expect(coordinatorMails.length).toBeGreaterThanOrEqual(1);

    // Jiro's link runs out before he answers.
    const jiroToken = offerLink(jiroMail, 'decline').searchParams.get('token') as string;
    await dataSource.getRepository(Offer).update({ personId: jiro.personId, requestId }, { expiresAt: new Date(Date.now() - 1000) });
    const late = await anonymous.post('/api/offers/respond', { token: jiroToken, answer: 'decline' });
    expect(late.statusCode).toBe(410);
    expect(late.json<ApiErrorBody>().message).toBe(
      'このリンクの有効期限が過ぎました。まだお手伝いいただける場合は、センターにお電話ください。',
    );
    expect((await anonymous.post('/api/offers/respond', { token: 'x'.repeat(43), answer: 'accept' })).statusCode).toBe(404);

    const detail = (await wakabaCoordinator.get(`/api/requests/${requestId}`)).json<RequestDetail>();
    expect(detail.offers.map((offer) => [offer.personName, offer.status])).toEqual([
      ['若葉 花子', 'accepted'],
      ['青葉 次郎', 'expired'],
    ]);
    // Before approving, the console says who the confirmation mail will reach: 花子 and the group both have an address.
    expect(detail.requesterHasEmail).toBe(true);
    expect(detail.matches).toEqual([
      expect.objectContaining({ personId: hanako.personId, status: 'proposed', approvedAt: null, volunteerHasEmail: true }),
    ]);
    hanakoMatchId = detail.matches[0].id;
    // Not approved yet: no contacts for anyone.
    expect((await hanako.client.get(`/api/matches/${hanakoMatchId}/contacts`)).statusCode).toBe(409);
  });

  it('approves the match: the request is matched and both sides get a confirmation mail with an .ics file', async () => {
    expect((await kawabeCoordinator.post(`/api/matches/${hanakoMatchId}/approve`)).statusCode).toBe(403);
    const approved = await wakabaCoordinator.post(`/api/matches/${hanakoMatchId}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json<MatchSummary>()).toMatchObject({ status: 'approved', personName: '若葉 花子', approvedByName: 'テスト 利用者' });
    expect((await wakabaCoordinator.get(`/api/requests/${requestId}`)).json<RequestDetail>().status).toBe('matched');
    expect((await wakabaCoordinator.post(`/api/matches/${hanakoMatchId}/approve`)).statusCode).toBe(409);

    const volunteerMails = (await waitForMailsTo(hanako.email, 2)) as MailWithAttachments[];
    const confirmation = volunteerMails.find((mail) =>
      mail.subject.startsWith('【つなぐ】ボランティア活動が決まりました'),
    ) as MailWithAttachments;
    expect(confirmation.text).toContain('つなぐ区若葉台3-12-6');
    expect(confirmation.text).toContain('NPO法人 若葉台くらしの会');
    expect(confirmation.text).toContain('軍手、帽子、飲み物');
    const ics = await attachmentText(confirmation);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('\r\nBEGIN:VEVENT\r\n');
    expect(ics).toContain('\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    // 09:00 in Japan is 00:00 UTC; the place is the exact address.
    expect(ics).toContain(`\r\nDTSTART:${comingSaturday().replace(/-/g, '')}T000000Z\r\n`);
    expect(ics).toContain(`\r\nDTEND:${comingSaturday().replace(/-/g, '')}T023000Z\r\n`);
    expect(ics).toContain(`UID:match-${hanakoMatchId}@tsunagu`);
    expect(ics.replace(/\r\n /g, '')).toContain('LOCATION:つなぐ区若葉台3-12-6');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    // The member also has the mail of their group's approval.
    const requesterMails = (await waitForMailsTo(memberEmail, 2)) as MailWithAttachments[];
    const requesterMail = requesterMails.find(
      (mail) => mail.subject === '【つなぐ】ボランティア活動が決まりました（庭の草取りのお手伝い）',
    );
    if (!requesterMail) throw new Error(`No confirmation among: ${requesterMails.map((mail) => mail.subject).join(', ')}`);
    expect(requesterMail.text).toContain('若葉 花子');
    expect(requesterMail.text).toContain(hanako.email);
    expect(await attachmentText(requesterMail)).toContain('BEGIN:VEVENT');
  });

  it('lists the approved match for its volunteer on /me/matches, and none for another resident', async () => {
    const mine = await hanako.client.get('/api/me/matches');
    expect(mine.statusCode).toBe(200);
    const [first] = mine.json<MyMatch[]>();
    expect(first).toMatchObject({
      match: { id: hanakoMatchId, status: 'approved', personId: hanako.personId },
      request: { id: requestId, title: '庭の草取りのお手伝い' },
    });
    expect(first?.request.centerNameJa).toBeTruthy();
    expect(first?.request.schedule).not.toBeNull();
    expect((await saburo.client.get('/api/me/matches')).json<MyMatch[]>()).toEqual([]);
  });

  it('shows the contacts to both sides and the coordinator, each look logged, and to nobody else', async () => {
    const forVolunteer = await hanako.client.get(`/api/matches/${hanakoMatchId}/contacts`);
    expect(forVolunteer.statusCode).toBe(200);
    expect(forVolunteer.json<MatchContacts>()).toMatchObject({
      requester: { name: 'NPO法人 若葉台くらしの会（テスト 利用者）', email: memberEmail },
      volunteer: { name: '若葉 花子', email: hanako.email, phone: '090-1111-2222' },
      address: 'つなぐ区若葉台3-12-6',
    });
    const forRequester = await member.get(`/api/matches/${hanakoMatchId}/contacts`);
    expect(forRequester.statusCode).toBe(200);
    expect(forRequester.json<MatchContacts>().volunteer.email).toBe(hanako.email);
    expect((await wakabaCoordinator.get(`/api/matches/${hanakoMatchId}/contacts`)).statusCode).toBe(200);
    // A volunteer of the same center who is not part of it, and another district's coordinator.
    expect((await saburo.client.get(`/api/matches/${hanakoMatchId}/contacts`)).statusCode).toBe(403);
    expect((await kawabeCoordinator.get(`/api/matches/${hanakoMatchId}/contacts`)).statusCode).toBe(403);

    const reads = (await auditFor('action=read')).filter((entry) => entry.detail?.startsWith(`match:${hanakoMatchId}:contacts`));
    expect(reads.map((entry) => entry.subjectPersonId)).toEqual(expect.arrayContaining([hanako.personId]));
    // Volunteer, requester and coordinator (two subjects): four entries.
    expect(reads).toHaveLength(4);
    const approvals = (await auditFor(`subjectPersonId=${hanako.personId}`)).filter((entry) => entry.detail?.includes(':approved'));
    expect(approvals).toHaveLength(1);
  });

  it('records the activity: the one-day request is done and the figures count it', async () => {
    expect(
      (await saburo.client.post(`/api/matches/${hanakoMatchId}/activity`, { date: today, hours: 2, outcome: 'completed' })).statusCode,
    ).toBe(403);
    const future = await hanako.client.post(`/api/matches/${hanakoMatchId}/activity`, {
      date: dateOfDayNumber(dayNumberOf(today) + 3),
      hours: 2,
      outcome: 'completed',
    });
    expect(future.json<ApiErrorBody>().fields).toEqual({
      date: '活動した日に、まだ来ていない日は選べません。活動のあとに記録してください。',
    });
    const recorded = await hanako.client.post(`/api/matches/${hanakoMatchId}/activity`, {
      date: today,
      hours: 2.5,
      outcome: 'completed',
      notes: '庭の草取りを終えました。',
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json<ActivityRecordSummary>()).toMatchObject({
      date: today,
      hours: 2.5,
      outcome: 'completed',
      recordedByName: '若葉 花子',
    });
    expect(
      (await hanako.client.post(`/api/matches/${hanakoMatchId}/activity`, { date: today, hours: 1, outcome: 'completed' })).statusCode,
    ).toBe(409);
    expect((await wakabaCoordinator.get(`/api/requests/${requestId}`)).json<RequestDetail>()).toMatchObject({
      status: 'done',
      matches: [expect.objectContaining({ activity: expect.objectContaining({ hours: 2.5 }) })],
    });

    const after = await figuresFor(wakaba.id);
    expect(after.connected).toBe(figuresBefore.connected + 1);
    expect(after.activities).toBe(figuresBefore.activities + 1);
    expect(after.requestsReceived).toBe(figuresBefore.requestsReceived + 1);
    expect(after.requestsMatched).toBe(figuresBefore.requestsMatched + 1);
    // Wakaba's coordinator sees Wakaba only; another district's sees none of Wakaba's.
    const own = (await wakabaCoordinator.get(`/api/activities/figures?from=${thisMonth}&to=${thisMonth}`)).json<ActivityFiguresRow[]>();
    expect(own.map((row) => row.centerId)).toEqual([wakaba.id]);
    const other = (await kawabeCoordinator.get(`/api/activities/figures?from=${thisMonth}&to=${thisMonth}`)).json<ActivityFiguresRow[]>();
    expect(other.map((row) => row.centerId)).not.toContain(wakaba.id);
    const badRange = await wardCoordinator.get('/api/activities/figures?from=2026-05&to=2026-04');
    expect(badRange.json<ApiErrorBody>().fields).toEqual({ to: '期間の終わりは、期間の始めと同じ月か、それより後の月にしてください。' });
  });

  it('takes a phone request for an elderly resident without an account and matches a volunteer reached by phone', async () => {
    const taken = await wakabaCoordinator.post('/api/requests/intake', {
      ...fields({
        title: '買い物の付き添い',
        description: '近くのスーパーまでの買い物に付き添ってほしいとのお電話がありました。',
        categoryCodes: ['shopping-errands'],
        schedule: { kind: 'weekly', slots: [{ day: 'tue', period: DayPeriod.Morning }], from: comingSaturday(), until: null },
        address: 'つなぐ区若葉台1-2-3',
        whatToBring: null,
      }),
      centerId: wakaba.id,
      requesterPersonId: null,
      newRequester: {
        name: '若葉 ウメ',
        nameKana: 'わかば うめ',
        birthDate: '1938-07-07',
        phone: '03-7777-8888',
        contactMethod: ContactMethod.Phone,
        consents: [{ purpose: ConsentPurpose.AccountRegistration, version: CURRENT_CONSENT_VERSION[ConsentPurpose.AccountRegistration] }],
        acknowledgedDuplicateIds: [],
      },
    });
    expect(taken.statusCode).toBe(201);
    intakeId = taken.json<RequestDetail>().id;
    if (taken.json<RequestDetail>().status !== 'open') {
      expect((await wakabaCoordinator.post(`/api/requests/${intakeId}/status`, { to: 'open' })).statusCode).toBe(200);
    }
    const candidates = (await wakabaCoordinator.get(`/api/requests/${intakeId}/candidates`)).json<MatchCandidate[]>();
    expect(candidates.map((candidate) => candidate.personId)).toEqual(expect.arrayContaining([tomePersonId, saburo.personId]));

    const agreed = await wakabaCoordinator.post(`/api/requests/${intakeId}/phone-agreements`, {
      personId: tomePersonId,
      note: '電話で了承をいただきました。',
    });
    expect(agreed.statusCode).toBe(201);
    const match = agreed.json<MatchSummary>();
    tomeMatchId = match.id;
    expect(match).toMatchObject({ status: 'proposed', personName: '若葉 トメ' });
    const detail = (await wakabaCoordinator.get(`/api/requests/${intakeId}`)).json<RequestDetail>();
    umePersonId = detail.requesterPersonId as string;
    expect(detail.status).toBe('matching');
    expect(detail.offers).toEqual([expect.objectContaining({ channel: 'phone', status: 'accepted', personName: '若葉 トメ' })]);
    // Before approving, the console knows neither side can be mailed, so it says to phone both.
    expect(detail.requesterHasEmail).toBe(false);
    expect(detail.matches).toEqual([expect.objectContaining({ id: match.id, personName: '若葉 トメ', volunteerHasEmail: false })]);

    expect((await wakabaCoordinator.post(`/api/matches/${match.id}/approve`)).statusCode).toBe(200);
    expect((await wakabaCoordinator.get(`/api/requests/${intakeId}`)).json<RequestDetail>().status).toBe('matched');
    const contacts = (await wakabaCoordinator.get(`/api/matches/${match.id}/contacts`)).json<MatchContacts>();
    expect(contacts).toEqual({
      requester: { name: '若葉 ウメ', phone: '03-7777-8888', email: null },
      volunteer: { name: '若葉 トメ', phone: '03-3333-4444', email: null },
      address: 'つなぐ区若葉台1-2-3',
    });
    // Nobody to mail: neither has an address; the coordinator tells them by phone.
    const keys: { idempotency_key: string }[] = await dataSource.query(
      `SELECT idempotency_key FROM outbox_message WHERE idempotency_key LIKE $1`,
      [`match-confirmed.${match.id}.%`],
    );
    expect(keys).toEqual([]);
  });

  it('shows a volunteer the requests for them, ranked by the same engine, and lets them offer to help', async () => {
    const posted = await member.post('/api/requests/organisation', {
      ...fields({ title: '花壇の草取り', headcount: 2 }),
      organisationId: organisation.id,
      submit: true,
    });
    const id = posted.json<RequestDetail>().id;
    expect((await wakabaCoordinator.post(`/api/requests/${id}/status`, { to: 'open' })).statusCode).toBe(200);

    const forJiro = await jiro.client.get('/api/me/requests-for-you');
    expect(forJiro.statusCode).toBe(200);
    const listed = forJiro.json<RequestForVolunteer[]>().find((request) => request.requestId === id) as RequestForVolunteer;
    expect(listed).toMatchObject({ title: '花壇の草取り', areaNameJa: '若葉台地区', offered: false });
    expect(listed.reasons.length).toBeGreaterThan(0);
    // Saburo does shopping, not gardens.
    const forSaburo = (await saburo.client.get('/api/me/requests-for-you')).json<RequestForVolunteer[]>();
    expect(forSaburo.map((request) => request.requestId)).not.toContain(id);
    // Someone without a registration is asked to register, and cannot offer.
    const stranger = (await signedInClient(app)).client;
    const unregistered = await stranger.get('/api/me/requests-for-you');
    expect(unregistered.statusCode).toBe(409);
    expect(unregistered.json()).toMatchObject({ message: expect.stringContaining('特技バンクに登録すると') });
    expect((await stranger.post(`/api/requests/${id}/offers/volunteer`)).statusCode).toBe(409);

    const offered = await jiro.client.post(`/api/requests/${id}/offers/volunteer`);
    expect(offered.statusCode).toBe(201);
    expect(offered.json<MatchSummary>()).toMatchObject({ status: 'proposed', personId: jiro.personId });
    expect((await jiro.client.post(`/api/requests/${id}/offers/volunteer`)).statusCode).toBe(409);
    const again = (await jiro.client.get('/api/me/requests-for-you')).json<RequestForVolunteer[]>();
    expect(again.find((request) => request.requestId === id)?.offered).toBe(true);
    const detail = (await wakabaCoordinator.get(`/api/requests/${id}`)).json<RequestDetail>();
    expect(detail.status).toBe('matching');
    expect(detail.offers).toEqual([expect.objectContaining({ channel: 'web', status: 'accepted' })]);
  });
  it('finds a volunteer of another category whose own words name the request, even in two characters (掃除)', async () => {
    const shiro = await registerVolunteer('若葉 四郎', {
      skills: [{ categoryCode: 'pet-care', ownWords: '犬の散歩と、犬小屋の掃除ができます', level: SkillLevel.Experienced }],
      weeklySlots: [{ day: 'tue', period: DayPeriod.Afternoon }],
      homeAreaId: wakabadai.id,
    });
    const posted = await member.post('/api/requests/organisation', {
      ...fields({
        title: 'お部屋の掃除',
        description: '足の悪い一人暮らしの方のお部屋の掃除をお願いします。',
        categoryCodes: ['housework'],
        schedule: { kind: 'weekly', slots: [{ day: 'tue', period: DayPeriod.Afternoon }], from: comingSaturday(), until: null },
      }),
      organisationId: organisation.id,
      submit: true,
    });
    const cleaning = posted.json<RequestDetail>().id;
    expect((await wakabaCoordinator.post(`/api/requests/${cleaning}/status`, { to: 'open' })).statusCode).toBe(200);

    const candidates = (await wakabaCoordinator.get(`/api/requests/${cleaning}/candidates`)).json<MatchCandidate[]>();
    const found = candidates.find((candidate) => candidate.personId === shiro.personId);
    expect(found?.factors.find((factor) => factor.factor === 'category')?.reason.ja).toContain('掃除');
    // 庭仕事 and 買い物 only: nothing in their skills or words asks for 掃除.
    expect(candidates.map((candidate) => candidate.personId)).not.toContain(hanako.personId);
    expect(candidates.map((candidate) => candidate.personId)).not.toContain(saburo.personId);
    expect(
      (await wakabaCoordinator.post(`/api/requests/${cleaning}/status`, { to: 'cancelled', reason: '確認のための依頼' })).statusCode,
    ).toBe(200);
  });

  describe('the person’s own data (APPI): download and erasure', () => {
    /** The token of the accept link in the offer mail of a request. */
    const offerToken = async (email: string, count: number, title: string): Promise<string> => {
      const mail = (await waitForMailsTo(email, count)).find((caught) => caught.subject.includes(title));
      if (!mail) throw new Error(`No offer mail for ${title} to ${email}`);
      return offerLink(mail, 'accept').searchParams.get('token') as string;
    };

    it('downloads a volunteer’s offers, matches and activities, and a requester’s requests, without the other side’s details', async () => {
      const download = await hanako.client.get('/api/me/data');
      expect(download.statusCode).toBe(200);
      const data = download.json<PersonalDataExport>();
      expect(data.offers).toEqual([
        {
          requestId,
          requestTitle: '庭の草取りのお手伝い',
          status: 'accepted',
          channel: 'mail',
          message: '草取りの道具はこちらで用意します。',
          sentAt: expect.any(String),
          answeredAt: expect.any(String),
        },
      ]);
      expect(data.matches).toEqual([
        {
          matchId: hanakoMatchId,
          requestId,
          requestTitle: '庭の草取りのお手伝い',
          role: 'volunteer',
          schedule: expect.objectContaining({ kind: 'once', date: comingSaturday() }),
          status: 'approved',
          proposedAt: expect.any(String),
          approvedAt: expect.any(String),
          cancelledAt: null,
        },
      ]);
      expect(data.activities).toEqual([
        {
          matchId: hanakoMatchId,
          requestTitle: '庭の草取りのお手伝い',
          date: today,
          hours: 2.5,
          outcome: 'completed',
          notes: '庭の草取りを終えました。',
        },
      ]);
      expect(data.requests).toEqual([]);
      // Not the group's contacts, nor the place: those went to her by mail once, and stay there.
      const text = JSON.stringify(data);
      for (const other of [memberEmail, 'info@wakabadai-kurashi.example.jp', '03-5555-6666', '若葉台3-12-6'])
        expect(text).not.toContain(other);

      // The member who posted for the group: the request without the group's notes, and its match, not the volunteer.
      const forMember = (await member.get('/api/me/data')).json<PersonalDataExport>();
      expect(forMember.requests.find((request) => request.id === requestId)).toMatchObject({
        title: '庭の草取りのお手伝い',
        status: 'done',
        source: 'organisation',
        organisationName: 'NPO法人 若葉台くらしの会',
        address: null,
      });
      expect(forMember.matches).toEqual(
        expect.arrayContaining([expect.objectContaining({ matchId: hanakoMatchId, role: 'requester', status: 'approved' })]),
      );
      expect(forMember.offers).toEqual([]);
      for (const other of [hanako.email, '若葉 花子', '090-1111-2222']) expect(JSON.stringify(forMember)).not.toContain(other);

      // A resident without an account: staff hand over the same on her request.
      const ume = (await wakabaCoordinator.get(`/api/people/${umePersonId}/export?reason=persons-request`)).json<PersonalDataExport>();
      expect(ume.requests).toEqual([
        expect.objectContaining({
          id: intakeId,
          title: '買い物の付き添い',
          status: 'matched',
          source: 'staff-intake',
          organisationName: null,
          address: 'つなぐ区若葉台1-2-3',
        }),
      ]);
      expect(ume.matches).toEqual([
        expect.objectContaining({ matchId: tomeMatchId, requestId: intakeId, role: 'requester', status: 'approved' }),
      ]);
      expect([ume.offers, ume.activities]).toEqual([[], []]);
      for (const other of ['若葉 トメ', '03-3333-4444']) expect(JSON.stringify(ume)).not.toContain(other);
    });

    it('erases volunteers: their notes go, an unanswered offer’s link says so, a matched request is back to 調整中; the figures stay', async () => {
      // トメ's weekly outing goes on; the coordinator records the first one.
      const recorded = await wakabaCoordinator.post(`/api/matches/${tomeMatchId}/activity`, {
        date: today,
        hours: 1.5,
        outcome: 'completed',
        notes: '帰りに、ご近所の方とお話しされました。',
      });
      expect(recorded.statusCode).toBe(201);
      // 花子 is asked by mail to help with another request, and has not answered yet.
      const posted = await member.post('/api/requests/organisation', {
        ...fields({ title: '落ち葉掃きのお手伝い' }),
        organisationId: organisation.id,
        submit: true,
      });
      const leavesId = posted.json<RequestDetail>().id;
      expect((await wakabaCoordinator.post(`/api/requests/${leavesId}/status`, { to: 'open' })).statusCode).toBe(200);
      const offered = await wakabaCoordinator.post(`/api/requests/${leavesId}/offers`, {
        personIds: [hanako.personId],
        message: '熊手をお持ちでしたら、お願いします。',
      });
      expect(offered.statusCode).toBe(201);
      const token = await offerToken(hanako.email, 3, '落ち葉掃きのお手伝い');
      const before = await figuresFor(wakaba.id);

      expect((await hanako.client.delete('/api/me')).statusCode).toBe(204);
      expect((await wakabaCoordinator.delete(`/api/people/${tomePersonId}?reason=persons-request`)).statusCode).toBe(204);

      // The link answers plainly, without showing the request any more.
      const anonymous = new TestClient(app);
      const erased = 'ご登録が削除されたため、この打診は取り下げられました。お返事はいりません。ご不明な点は、センターにお電話ください。';
      for (const response of [
        await anonymous.get(`/api/offers/respond?token=${token}`),
        await anonymous.post('/api/offers/respond', { token, answer: 'accept' }),
      ]) {
        expect(response.statusCode).toBe(410);
        expect(response.json<ApiErrorBody>().message).toBe(erased);
      }
      const leaves = (await wakabaCoordinator.get(`/api/requests/${leavesId}`)).json<RequestDetail>();
      expect(leaves.offers.map((offer) => [offer.personName, offer.status])).toEqual([['（削除済み）', 'withdrawn']]);
      expect(leaves.matches).toEqual([]);

      // トメ's outing is back to 調整中 for another volunteer, and the history says why.
      const outing = (await wakabaCoordinator.get(`/api/requests/${intakeId}`)).json<RequestDetail>();
      expect(outing).toMatchObject({ status: 'matching', matchedCount: 0 });
      expect(outing.matches).toEqual([
        expect.objectContaining({
          id: tomeMatchId,
          status: 'cancelled',
          personName: '（削除済み）',
          activity: expect.objectContaining({ hours: 1.5, notes: null }),
        }),
      ]);
      expect(outing.history.at(-1)).toMatchObject({ from: 'matched', to: 'matching', reason: 'ボランティアの方の登録が削除されたため' });

      // The done request keeps its match and activity, without 花子's notes.
      const done = (await wakabaCoordinator.get(`/api/requests/${requestId}`)).json<RequestDetail>();
      expect(done.status).toBe('done');
      expect(done.matches).toEqual([
        expect.objectContaining({
          id: hanakoMatchId,
          status: 'approved',
          personName: '（削除済み）',
          volunteerHasEmail: false,
          activity: expect.objectContaining({ hours: 2.5, notes: null }),
        }),
      ]);
      const offers = await dataSource.getRepository(Offer).findBy({ personId: In([hanako.personId, tomePersonId]) });
      expect(offers.length).toBeGreaterThanOrEqual(3);
      expect(offers.filter((offer) => offer.message !== null)).toEqual([]);

      // 活動につながった数 and 支援実施回数 still count them.
      expect(await figuresFor(wakaba.id)).toEqual(before);
    });

    it('erases a person who asked: the request is cancelled with its offers and matches, without what it said about her', async () => {
      // 三郎 is asked by mail to take over ウメ's outing, and 次郎 agreed on the phone.
      expect((await wakabaCoordinator.post(`/api/requests/${intakeId}/offers`, { personIds: [saburo.personId] })).statusCode).toBe(201);
      const token = await offerToken(saburo.email, 1, '買い物の付き添い');
      const agreed = await wakabaCoordinator.post(`/api/requests/${intakeId}/phone-agreements`, {
        personId: jiro.personId,
        note: '火曜の朝なら行けるそうです。',
      });
      expect(agreed.statusCode).toBe(201);
      const before = await figuresFor(wakaba.id);

      expect((await wakabaCoordinator.delete(`/api/people/${umePersonId}?reason=persons-request`)).statusCode).toBe(204);

      const outing = (await wakabaCoordinator.get(`/api/requests/${intakeId}`)).json<RequestDetail>();
      expect(outing).toMatchObject({
        status: 'cancelled',
        requesterLabel: '（削除済み）',
        description: '',
        address: null,
        accessibilityNotes: null,
        sensitiveNotes: null,
      });
      expect(outing.offers.filter((offer) => offer.personId !== tomePersonId).map((offer) => [offer.personName, offer.status])).toEqual([
        ['青葉 三郎', 'withdrawn'],
        ['青葉 次郎', 'accepted'],
      ]);
      expect(outing.matches.find((match) => match.personId === jiro.personId)?.status).toBe('cancelled');
      expect(outing.history.at(-1)).toMatchObject({ from: 'matching', to: 'cancelled', reason: '依頼した方の登録が削除されたため' });
      // Earlier reasons may have spoken of her: they go too.
      expect(outing.history.slice(0, -1).filter((entry) => entry.reason !== null)).toEqual([]);
      const jiroOffer = await dataSource.getRepository(Offer).findOneByOrFail({ requestId: intakeId, personId: jiro.personId });
      expect(jiroOffer.message).toBeNull();

      // 三郎's link no longer takes the request, and says so.
      const accept = await new TestClient(app).post('/api/offers/respond', { token, answer: 'accept' });
      expect(accept.statusCode).toBe(410);
      expect(accept.json<ApiErrorBody>().message).toBe('この打診は、センターが取り下げました。ご不明な点は、センターにお電話ください。');
      expect(await figuresFor(wakaba.id)).toEqual(before);
    });
  });
});
