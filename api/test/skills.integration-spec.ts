import './test-env';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  type ApiErrorBody,
  type AuditLogEntry,
  DayPeriod,
  InsurancePlan,
  type Page,
  type PersonalDataExport,
  type PublicSkillListing,
  type RegisteredFigures,
  type RequestPage,
  Role,
  type SaveSkillProfileRequest,
  type SkillListingEnquiryResult,
  type SkillProfileResponse,
  SkillLevel,
  Transport,
  type VolunteerSearchPage,
} from '@tsunagu/contracts';
import { DataSource } from 'typeorm';
import { Area } from '../src/centers/area.entity';
import type { VolunteerCenter } from '../src/centers/volunteer-center.entity';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { Person } from '../src/people/person.entity';
import { todayInJapan } from '../src/skills/insurance-cover';
import { SKILL_CSV_HEADER } from '../src/skills/skills-csv-columns';
import { centerByCode, signedInClient } from './factories/account.factory';
import { createHttpApp } from './http-app';
import { TestClient } from './test-client';

/** The fiscal year (April–March) today is in, so insurance "covers today" whatever day the tests run. */
const today = todayInJapan();
const fiscalYear = Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
const thisMonth = today.slice(0, 7);
/** A word no demo volunteer wrote, so a search can be narrowed to this run's people. */
const marker = `テスト${Date.now().toString(36)}`;

const emptyProfile = (): SaveSkillProfileRequest => ({
  step: 1,
  submit: false,
  skills: [],
  qualifications: [],
  languages: [],
  weeklySlots: [],
  datesOff: [],
  homeAreaId: null,
  areaIds: [],
  inPerson: false,
  online: false,
  transport: [],
  insurance: null,
  publicListing: false,
  nickname: null,
});

describe('特技バンク: registration in steps, Japanese-aware search, public listing, export and figures', () => {
  let app: NestFastifyApplication;
  let aoba: VolunteerCenter;
  let kawabe: VolunteerCenter;
  let areas: Record<string, Area>;
  let aobaCoordinator: TestClient;
  let kawabeCoordinator: TestClient;
  let wardCoordinator: TestClient;
  let admin: TestClient;
  /** A resident who registers online: 草むしり, Saturday mornings, English, insured. */
  let hanako: TestClient;
  let hanakoPersonId: string;
  /** A person the Aoba center registered by proxy: 庭木の剪定, Sunday afternoons, drives. */
  let tomePersonId: string;

  const search = async (client: TestClient, query: string) => {
    const response = await client.get(`/api/skills/search?pageSize=100&${query}`);
    expect(response.statusCode).toBe(200);
    return response.json<VolunteerSearchPage>();
  };
  const idsIn = (page: VolunteerSearchPage) => page.items.map((item) => item.personId);
  const figures = async (groupBy: 'center' | 'area' | 'category', from = thisMonth, to = thisMonth) =>
    (await wardCoordinator.get(`/api/skills/figures?from=${from}&to=${to}&groupBy=${groupBy}`)).json<RegisteredFigures>();
  const countOf = (result: RegisteredFigures, key: string | null, index = 0) =>
    result.rows.find((row) => row.key === key)?.counts[index] ?? 0;

  beforeAll(async () => {
    app = await createHttpApp();
    const dataSource = app.get(DataSource);
    await loadDemoData(dataSource);
    aoba = await centerByCode(app, 'district-aoba');
    kawabe = await centerByCode(app, 'district-kawabe');
    const ward = await centerByCode(app, 'ward');
    areas = Object.fromEntries((await dataSource.getRepository(Area).find()).map((area) => [area.code, area]));
    aobaCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: aoba.id }])).client;
    kawabeCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: kawabe.id }])).client;
    wardCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: ward.id }])).client;
    admin = (await signedInClient(app, [{ role: Role.Admin }])).client;
    hanako = (await signedInClient(app, [{ role: Role.Resident }])).client;
    const tome = await dataSource
      .getRepository(Person)
      .save({ centerId: aoba.id, name: '佐藤 トメ', nameKana: 'さとう とめ', birthDate: '1944-04-01', phone: '03-1111-2222' });
    tomePersonId = tome.id;
  });
  afterAll(() => app.close());

  it('saves a draft part-way, then registers it: the person moves to the district of their home area', async () => {
    const draft = await hanako.put('/api/me/skill-profile', {
      ...emptyProfile(),
      step: 2,
      skills: [{ categoryCode: 'garden-work', ownWords: `草むしりが得意です ${marker}`, level: SkillLevel.Experienced }],
    });
    expect(draft.statusCode).toBe(200);
    const saved = draft.json<SkillProfileResponse>().profile;
    expect(saved).toMatchObject({ status: 'draft', step: 2, registeredAt: null, insuredToday: false });
    hanakoPersonId = saved?.personId as string;
    expect((await hanako.get('/api/me/skill-profile')).json<SkillProfileResponse>().profile?.skills).toEqual([
      { categoryCode: 'garden-work', ownWords: `草むしりが得意です ${marker}`, level: 'experienced' },
    ]);
    // The person's own data download includes what they registered.
    const download = (await hanako.get('/api/me/data')).json<PersonalDataExport>();
    expect(download.skillProfile?.skills.map((skill) => skill.ownWords)).toEqual([`草むしりが得意です ${marker}`]);
    // A draft is nobody's search result.
    expect(idsIn(await search(wardCoordinator, `q=${encodeURIComponent(marker)}`))).not.toContain(hanakoPersonId);

    const submitted = await hanako.put('/api/me/skill-profile', {
      ...emptyProfile(),
      step: 5,
      submit: true,
      skills: [
        { categoryCode: 'garden-work', ownWords: `草むしりが得意です ${marker}`, level: SkillLevel.Experienced },
        { categoryCode: 'interpreting-translation', ownWords: '英語の通訳', level: SkillLevel.Professional },
      ],
      languages: ['en'],
      weeklySlots: [
        { day: 'sat', period: DayPeriod.Morning },
        { day: 'sat', period: DayPeriod.Morning },
        { day: 'wed', period: DayPeriod.Evening },
      ],
      datesOff: ['2026-12-31', '2026-12-30'],
      homeAreaId: areas['aoba'].id,
      areaIds: [areas['midoricho'].id],
      inPerson: true,
      transport: [Transport.Bicycle],
      insurance: { plan: InsurancePlan.BasicA, fiscalYear, coverStart: `${fiscalYear}-04-01` },
      publicListing: true,
      nickname: 'くさむしり名人',
    });
    expect(submitted.statusCode).toBe(200);
    const profile = submitted.json<SkillProfileResponse>().profile;
    expect(profile).toMatchObject({
      status: 'active',
      step: 5,
      centerId: aoba.id,
      insuredToday: true,
      weeklySlots: [
        { day: 'wed', period: 'evening' },
        { day: 'sat', period: 'morning' },
      ],
      datesOff: ['2026-12-30', '2026-12-31'],
      areaIds: [areas['midoricho'].id],
    });
    expect(profile?.registeredAt).not.toBeNull();
    const person = await app.get(DataSource).getRepository(Person).findOneByOrFail({ id: hanakoPersonId });
    expect(person.centerId).toBe(aoba.id);

    // Editing later keeps the first registration date.
    const again = await hanako.put('/api/me/skill-profile', { ...emptyProfile(), ...stripResponse(profile), step: 5, submit: false });
    expect(again.statusCode).toBe(200);
    expect(again.json<SkillProfileResponse>().profile).toMatchObject({ status: 'active', registeredAt: profile?.registeredAt });
  });

  it('says in Japanese, field by field, what registering still needs', async () => {
    const { client } = await signedInClient(app, [{ role: Role.Resident }]);
    const refused = await client.put('/api/me/skill-profile', {
      ...emptyProfile(),
      step: 5,
      submit: true,
      publicListing: true,
      insurance: { plan: InsurancePlan.BasicB, fiscalYear: 2026, coverStart: '2027-04-01' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ApiErrorBody>()).toMatchObject({
      message: '入力内容を確認してください。',
      fields: {
        skills: 'できること（特技）を1つ以上登録してください。',
        homeAreaId: 'お住まいの地区を選んでください。',
        inPerson: '活動の方法を、「対面」と「オンライン」のうち1つ以上選んでください。',
        nickname: '公開リストに載せる場合は、ニックネームを入力してください。お名前は公開されません。',
        'insurance.coverStart': '補償の開始日は、2026年度の期間（2026年4月1日から2027年3月31日まで）の日付にしてください。',
      },
    });

    const unknownCategory = await client.put('/api/me/skill-profile', {
      ...emptyProfile(),
      skills: [{ categoryCode: 'weeding', ownWords: '草むしり', level: SkillLevel.Beginner }],
      homeAreaId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownCategory.json<ApiErrorBody>().fields).toEqual({ 'skills.0.categoryCode': '特技の種類を選択肢から選んでください。' });

    // A draft needs only what it has to be right: an area that does not exist is refused.
    const unknownArea = await client.put('/api/me/skill-profile', {
      ...emptyProfile(),
      homeAreaId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownArea.json<ApiErrorBody>().fields).toEqual({ homeAreaId: 'お住まいの地区を一覧から選んでください。' });
    const nameAsNickname = await client.put('/api/me/skill-profile', { ...emptyProfile(), nickname: 'テスト　利用者' });
    expect(nameAsNickname.json<ApiErrorBody>().fields).toEqual({
      nickname: 'ニックネームには、お名前とは別の呼び名を入力してください。公開リストに表示されます。',
    });
    // A list where a skill or a time should be is refused by its field, not read as an empty skill.
    const listsInside = await client.put('/api/me/skill-profile', { ...emptyProfile(), skills: [[]], weeklySlots: [[]] });
    expect(listsInside.statusCode).toBe(400);
    expect(listsInside.json<ApiErrorBody>().fields).toEqual({
      skills: 'できること（特技）の内容を確認してください。',
      weeklySlots: '活動できる曜日と時間帯の内容を確認してください。',
    });
    // Only a real YYYY-MM-DD day: a week date passes IsDateString but not PostgreSQL's date column.
    const weekDate = await client.put('/api/me/skill-profile', { ...emptyProfile(), datesOff: ['2026-W01-1'] });
    expect(weekDate.json<ApiErrorBody>().fields).toEqual({ datesOff: '活動できない日を正しい日付で入力してください（例：1944-04-01）。' });
    expect((await client.put('/api/me/skill-profile', { ...emptyProfile(), step: 1 })).statusCode).toBe(200);
  });

  it('lets Aoba staff fill in a profile by proxy, with the read and the change in the audit log', async () => {
    const saved = await aobaCoordinator.put(`/api/people/${tomePersonId}/skill-profile`, {
      ...emptyProfile(),
      step: 5,
      submit: true,
      skills: [{ categoryCode: 'garden-work', ownWords: `庭木の剪定をしていました ${marker}`, level: SkillLevel.Professional }],
      qualifications: ['driving-licence-standard'],
      weeklySlots: [{ day: 'sun', period: DayPeriod.Afternoon }],
      homeAreaId: areas['wakabadai'].id,
      areaIds: [areas['aoba'].id],
      inPerson: true,
      transport: [Transport.Car],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<SkillProfileResponse>().profile).toMatchObject({ status: 'active', insuredToday: false, centerId: aoba.id });

    const read = await aobaCoordinator.get(`/api/people/${tomePersonId}/skill-profile?reason=coordination`);
    expect(read.json<SkillProfileResponse>().profile?.qualifications).toEqual(['driving-licence-standard']);
    const log = (await admin.get(`/api/audit-log?subjectPersonId=${tomePersonId}`)).json<Page<AuditLogEntry>>();
    expect(log.items.map((entry) => [entry.action, entry.reason])).toEqual([
      ['read', 'coordination'],
      ['update', null],
    ]);

    const refused = await kawabeCoordinator.get(`/api/people/${tomePersonId}/skill-profile?reason=coordination`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ApiErrorBody>().message).toBe('この方は、あなたが担当するセンターの登録ではありません。');
    expect((await kawabeCoordinator.put(`/api/people/${tomePersonId}/skill-profile`, { ...emptyProfile() })).statusCode).toBe(403);
    expect((await wardCoordinator.get(`/api/people/${tomePersonId}/skill-profile?reason=record-check`)).statusCode).toBe(200);
    expect((await hanako.get(`/api/people/${tomePersonId}/skill-profile?reason=coordination`)).statusCode).toBe(403);
  });

  it('finds 草むしり when the coordinator searches 草取り, and says why; one audit entry per search', async () => {
    const result = await search(aobaCoordinator, `q=${encodeURIComponent('草取り')}`);
    const hanakoResult = result.items.find((item) => item.personId === hanakoPersonId);
    expect(hanakoResult).toMatchObject({
      name: 'テスト 利用者',
      centerNameJa: '青葉地区ボランティアセンター',
      homeAreaNameJa: '青葉小学校区',
    });
    expect(hanakoResult?.reasons[0].ja).toBe(`『草取り』は「庭仕事」の言い換えです（本人の記載: 草むしりが得意です ${marker}）`);
    expect(hanakoResult?.reasons[0].en).toContain('is another word for “Garden work”');
    expect(idsIn(result)).toContain(tomePersonId);
    // Insured first among equals (insurance is needed to be matched).
    expect(idsIn(result).indexOf(hanakoPersonId)).toBeLessThan(idsIn(result).indexOf(tomePersonId));

    // Own words typed another way (hiragana for katakana, full-width letters) still match.
    const typedOtherwise = marker.replace('テスト', 'てすと').replace(/[a-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const ownWords = await search(aobaCoordinator, `q=${encodeURIComponent(typedOtherwise)}`);
    expect(idsIn(ownWords).sort()).toEqual([hanakoPersonId, tomePersonId].sort());
    expect(ownWords.items.find((item) => item.personId === hanakoPersonId)?.reasons[0].ja).toContain('を含みます');

    const log = (await admin.get('/api/audit-log?action=list&pageSize=5')).json<Page<AuditLogEntry>>();
    expect(log.items.map((entry) => entry.detail)).toContain(`skills/search?q=草取り`);
  });

  it('filters by day and time, area, language, qualification and insurance, each with its reason', async () => {
    const narrowed = (query: string) => search(aobaCoordinator, `q=${encodeURIComponent(marker)}&${query}`);

    const saturday = await narrowed('day=sat&period=morning');
    expect(idsIn(saturday)).toEqual([hanakoPersonId]);
    expect(saturday.items[0].reasons.map((reason) => reason.ja)).toContain('土曜日の午前に活動できます');
    expect(idsIn(await narrowed('day=sun'))).toEqual([tomePersonId]);
    expect(idsIn(await narrowed('period=evening'))).toEqual([hanakoPersonId]);

    const inAoba = await narrowed(`areaId=${areas['aoba'].id}`);
    expect(idsIn(inAoba).sort()).toEqual([hanakoPersonId, tomePersonId].sort());
    const reasonsOf = (page: VolunteerSearchPage, personId: string) =>
      page.items.find((item) => item.personId === personId)?.reasons.map((reason) => reason.ja);
    expect(reasonsOf(inAoba, hanakoPersonId)).toContain('青葉小学校区にお住まいです');
    expect(reasonsOf(inAoba, tomePersonId)).toContain('青葉小学校区で活動できます');
    expect(idsIn(inAoba)[0]).toBe(hanakoPersonId);
    expect(idsIn(await narrowed(`areaId=${areas['kawabe'].id}`))).toEqual([]);

    const english = await narrowed('language=en');
    expect(idsIn(english)).toEqual([hanakoPersonId]);
    expect(english.items[0].reasons.map((reason) => reason.ja)).toContain('英語ができます');
    const drivers = await narrowed('qualification=driving-licence-standard');
    expect(idsIn(drivers)).toEqual([tomePersonId]);
    expect(drivers.items[0].reasons.map((reason) => reason.ja)).toContain('普通自動車免許の資格があります');
    const insured = await narrowed('insured=true');
    expect(idsIn(insured)).toEqual([hanakoPersonId]);
    expect(insured.items[0].reasons.map((reason) => reason.ja)).toContain(
      `ボランティア活動保険に加入しています（${fiscalYear + 1}年3月31日まで）`,
    );
    expect(idsIn(await narrowed('category=garden-work&insured=false')).sort()).toEqual([hanakoPersonId, tomePersonId].sort());

    const bad = await aobaCoordinator.get('/api/skills/search?day=someday&language=xx');
    expect(bad.statusCode).toBe(400);
  });

  it('keeps other districts’ volunteers from a coordinator, and shows ward staff every district', async () => {
    const kawabeResult = await search(kawabeCoordinator, `q=${encodeURIComponent(marker)}`);
    expect(kawabeResult).toMatchObject({ items: [], total: 0 });
    expect(idsIn(await search(wardCoordinator, `q=${encodeURIComponent(marker)}`)).sort()).toEqual([hanakoPersonId, tomePersonId].sort());
    expect((await hanako.get('/api/skills/search?q=草取り')).statusCode).toBe(403);
  });

  it('shows the public listing with nickname, area and skills only, and no personal data', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/skills/listing?q=${encodeURIComponent('草取り')}&pageSize=100` });
    expect(response.statusCode).toBe(200);
    const listing = response.json<Page<PublicSkillListing>>();
    const item = listing.items.find((entry) => entry.nickname === 'くさむしり名人');
    expect(item).toEqual({
      listingId: expect.any(String),
      nickname: 'くさむしり名人',
      areaNameJa: '青葉小学校区',
      areaNameEn: 'Aoba school area',
      skills: [
        { categoryCode: 'garden-work', ownWords: `草むしりが得意です ${marker}` },
        { categoryCode: 'interpreting-translation', ownWords: '英語の通訳' },
      ],
      inPerson: true,
      online: false,
    });
    expect(response.body).not.toContain('テスト 利用者');
    expect(response.body).not.toContain(hanakoPersonId);
    expect(response.body).not.toContain('@example.jp');
    // The proxy-registered person did not choose to be listed.
    const marked = (await app.inject({ method: 'GET', url: `/api/skills/listing?q=${encodeURIComponent(marker)}` })).json<
      Page<PublicSkillListing>
    >();
    expect(marked.items.map((entry) => entry.nickname)).toEqual(['くさむしり名人']);
  });

  it('turns an enquiry into a request draft for the listed person’s center only', async () => {
    const marked = (await app.inject({ method: 'GET', url: `/api/skills/listing?q=${encodeURIComponent(marker)}` })).json<
      Page<PublicSkillListing>
    >();
    const listingId = marked.items[0].listingId;
    const asker = (await signedInClient(app, [{ role: Role.Resident }])).client;

    expect((await new TestClient(app).post(`/api/skills/listing/${listingId}/enquiries`, { message: 'お願いします' })).statusCode).toBe(
      401,
    );
    const empty = await asker.post(`/api/skills/listing/${listingId}/enquiries`, { message: '  ' });
    expect(empty.json<ApiErrorBody>().fields).toEqual({ message: 'ご相談の内容を入力してください。' });
    const notTheirs = await asker.post(`/api/skills/listing/${listingId}/enquiries`, {
      message: '庭の草取りをお願いできますか。',
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(notTheirs.json<ApiErrorBody>().fields?.['organisationId']).toContain('承認済みで、あなたが所属している団体');

    const sent = await asker.post(`/api/skills/listing/${listingId}/enquiries`, { message: `庭の草取りをお願いできますか。${marker}` });
    expect(sent.statusCode).toBe(201);
    const result = sent.json<SkillListingEnquiryResult>();
    expect(result).toEqual({
      requestId: expect.any(String),
      centerNameJa: '青葉地区ボランティアセンター',
      centerNameEn: 'Aoba District Volunteer Center',
    });

    const aobaDrafts = (await aobaCoordinator.get('/api/requests?status=draft&pageSize=100')).json<RequestPage>();
    expect(aobaDrafts.items.find((request) => request.id === result.requestId)).toMatchObject({
      status: 'draft',
      source: 'skills-listing',
      centerId: aoba.id,
      categoryCodes: ['garden-work', 'interpreting-translation'],
      requesterLabel: 'テスト 利用者',
      title: '特技バンクからの相談：くさむしり名人さん（庭仕事・通訳・翻訳）',
    });
    const kawabeDrafts = (await kawabeCoordinator.get('/api/requests?status=draft&pageSize=100')).json<RequestPage>();
    expect(kawabeDrafts.items.map((request) => request.id)).not.toContain(result.requestId);
    // The asker sees their own enquiry among their requests, and nobody else's.
    const own = (await asker.get('/api/requests?status=draft')).json<RequestPage>();
    expect(own.items.map((request) => request.id)).toEqual([result.requestId]);

    // Not listed (the proxy-registered person): as if it did not exist.
    const tomeProfile = await app.get(DataSource).query(`SELECT id FROM skill_profile WHERE person_id = $1`, [tomePersonId]);
    const unlisted = await asker.post(`/api/skills/listing/${tomeProfile[0].id}/enquiries`, { message: 'お願いします' });
    expect(unlisted.statusCode).toBe(404);
  });

  it('counts a person once per center and once per category they hold', async () => {
    const before = { center: await figures('center'), area: await figures('area'), category: await figures('category') };
    const person = await app
      .get(DataSource)
      .getRepository(Person)
      .save({ centerId: kawabe.id, name: '川辺 三郎', nameKana: 'かわべ さぶろう' });
    const saved = await kawabeCoordinator.put(`/api/people/${person.id}/skill-profile`, {
      ...emptyProfile(),
      step: 5,
      submit: true,
      skills: [
        { categoryCode: 'cooking', ownWords: '煮物', level: SkillLevel.Experienced },
        { categoryCode: 'cooking', ownWords: 'お菓子づくり', level: SkillLevel.Beginner },
        { categoryCode: 'music', ownWords: 'ギター', level: SkillLevel.Experienced },
      ],
      homeAreaId: areas['minato'].id,
      online: true,
    });
    expect(saved.statusCode).toBe(200);
    const after = { center: await figures('center'), area: await figures('area'), category: await figures('category') };

    expect(after.center.months).toEqual([thisMonth]);
    expect(after.center.totals[0] - before.center.totals[0]).toBe(1);
    expect(countOf(after.center, kawabe.id) - countOf(before.center, kawabe.id)).toBe(1);
    expect(countOf(after.area, areas['minato'].id) - countOf(before.area, areas['minato'].id)).toBe(1);
    expect(countOf(after.category, 'cooking') - countOf(before.category, 'cooking')).toBe(1);
    expect(countOf(after.category, 'music') - countOf(before.category, 'music')).toBe(1);
    expect(after.category.totals[0] - before.category.totals[0]).toBe(1);
    expect(after.center.rows.find((row) => row.key === kawabe.id)?.labelJa).toBe('川辺地区ボランティアセンター');
    expect(after.category.rows.find((row) => row.key === 'cooking')?.labelJa).toBe('食事作り・調理');

    // Aoba's coordinator sees Aoba only.
    const aobaFigures = (
      await aobaCoordinator.get(`/api/skills/figures?from=${thisMonth}&to=${thisMonth}&groupBy=center`)
    ).json<RegisteredFigures>();
    expect(aobaFigures.rows.map((row) => row.key)).toEqual([aoba.id]);
    const backwards = await aobaCoordinator.get('/api/skills/figures?from=2026-05&to=2026-04&groupBy=center');
    expect(backwards.json<ApiErrorBody>().fields).toEqual({ to: '期間の終わりは、期間の始めと同じ月か、それより後の月にしてください。' });
  });

  it('exports the search as CSV that Excel opens in Japanese, audited as an export', async () => {
    const response = await aobaCoordinator.get(`/api/skills/export?q=${encodeURIComponent(marker)}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="tsunagu-skills-\d{4}-\d{2}-\d{2}\.csv"/);
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = response.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(SKILL_CSV_HEADER.join(','));
    expect(lines[0].startsWith('氏名,ふりがな,生年月日,電話番号')).toBe(true);
    expect(lines).toHaveLength(4); // header, two people, and the final line end
    const tome = lines.find((line) => line.startsWith('佐藤 トメ,さとう とめ,1944-04-01,03-1111-2222'));
    expect(tome).toContain(`庭仕事,庭木の剪定をしていました ${marker},仕事にしていた`);
    expect(tome).toContain('普通自動車免許');
    const hanakoLine = lines.find((line) => line.startsWith('テスト 利用者'));
    expect(hanakoLine).toContain('青葉小学校区,緑町小学校区');
    expect(hanakoLine).toContain(`基本プランA,${fiscalYear},${fiscalYear}-04-01,はい,くさむしり名人,青葉地区ボランティアセンター`);

    const log = (await admin.get('/api/audit-log?action=export&pageSize=5')).json<Page<AuditLogEntry>>();
    expect(log.items[0].detail).toBe(`skills/export?q=${marker} (2)`);
    // Insurance alone scores nothing: the export still sorts (newest first) instead of failing.
    const insuredOnly = await aobaCoordinator.get('/api/skills/export?insured=true');
    expect(insuredOnly.statusCode).toBe(200);
    expect(insuredOnly.rawPayload.subarray(3).toString('utf8')).toContain('くさむしり名人');
    expect(
      (await kawabeCoordinator.get(`/api/skills/export?q=${encodeURIComponent(marker)}`)).rawPayload.toString('utf8').split('\r\n'),
    ).toHaveLength(2);
  });

  it('withdraws: out of the search and the listing at once, still counted for the months they were registered', async () => {
    // Registered since two months ago.
    await app.get(DataSource).query(
      `UPDATE skill_registration_period SET started_at = now() - interval '70 days'
          WHERE profile_id = (SELECT id FROM skill_profile WHERE person_id = $1)`,
      [hanakoPersonId],
    );
    const lastMonth = previousMonth(thisMonth);
    const before = await figures('center', lastMonth, thisMonth);

    expect((await hanako.delete('/api/me/skill-profile')).statusCode).toBe(204);
    expect((await hanako.get('/api/me/skill-profile')).json<SkillProfileResponse>().profile).toMatchObject({ status: 'withdrawn' });
    expect(idsIn(await search(aobaCoordinator, `q=${encodeURIComponent(marker)}`))).toEqual([tomePersonId]);
    const listing = (await app.inject({ method: 'GET', url: `/api/skills/listing?q=${encodeURIComponent(marker)}` })).json<
      Page<PublicSkillListing>
    >();
    expect(listing.items).toEqual([]);

    const after = await figures('center', lastMonth, thisMonth);
    expect(after.months).toEqual([lastMonth, thisMonth]);
    expect(after.totals[0]).toBe(before.totals[0]);
    expect(after.totals[1]).toBe(before.totals[1] - 1);
    expect(countOf(after, aoba.id, 0)).toBe(countOf(before, aoba.id, 0));

    // Withdrawing twice changes nothing; someone without a profile has nothing to withdraw.
    expect((await hanako.delete('/api/me/skill-profile')).statusCode).toBe(204);
    const { client: stranger } = await signedInClient(app, [{ role: Role.Resident }]);
    expect((await stranger.delete('/api/me/skill-profile')).statusCode).toBe(404);
  });

  it('forgets what a person wrote when they delete their registration, keeping the counts', async () => {
    const { client } = await signedInClient(app, [{ role: Role.Resident }]);
    const saved = await client.put('/api/me/skill-profile', {
      ...emptyProfile(),
      step: 5,
      submit: true,
      skills: [{ categoryCode: 'music', ownWords: `ギターの弾き語り ${marker}消える`, level: SkillLevel.Experienced }],
      homeAreaId: areas['honcho'].id,
      inPerson: true,
      publicListing: true,
      nickname: 'ギターさん',
    });
    const personId = saved.json<SkillProfileResponse>().profile?.personId as string;
    const before = await figures('category');
    expect(idsIn(await search(wardCoordinator, `q=${encodeURIComponent(`${marker}消える`)}`))).toEqual([personId]);

    expect((await client.delete('/api/me')).statusCode).toBe(204);
    expect(idsIn(await search(wardCoordinator, `q=${encodeURIComponent(`${marker}消える`)}`))).toEqual([]);
    const listing = (await app.inject({ method: 'GET', url: `/api/skills/listing?q=${encodeURIComponent('ギターさん')}` })).json<
      Page<PublicSkillListing>
    >();
    expect(listing.items.map((item) => item.nickname)).not.toContain('ギターさん');
    const [row] = await app
      .get(DataSource)
      .query(
        `SELECT p.status, p.nickname, p.search_text, s.own_words FROM skill_profile p JOIN skill s ON s.profile_id = p.id WHERE p.person_id = $1`,
        [personId],
      );
    expect(row).toEqual({ status: 'withdrawn', nickname: null, search_text: '', own_words: '' });
    // Withdrawn now, so this month's figure drops by one; the profile row stays for the history.
    expect(countOf(await figures('category'), 'music')).toBe(countOf(before, 'music') - 1);
  });
});

/** The profile as the API gave it, as a save request (without the fields the API adds). */
function stripResponse(profile: SkillProfileResponse['profile']): Partial<SaveSkillProfileRequest> {
  if (!profile) return {};
  const { personId: _p, centerId: _c, status: _s, registeredAt: _r, updatedAt: _u, insuredToday: _i, step: _st, ...input } = profile;
  return input;
}

function previousMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}
