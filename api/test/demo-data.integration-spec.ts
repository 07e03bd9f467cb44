import './test-env';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ActivityFiguresRow, RequestDetail, RequestPage } from '@tsunagu/contracts';
import { dateOfDayNumber, dayNumberOf } from '@tsunagu/matching';
import { DataSource } from 'typeorm';
import { DEMO_PAST_REQUESTS } from '../src/demo-data/demo-past-requests';
import { DEMO_STAFF_PASSWORD } from '../src/demo-data/demo-staff';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { todayInJapan } from '../src/skills/insurance-cover';
import { centerByCode } from './factories/account.factory';
import { createHttpApp } from './http-app';
import { TestClient } from './test-client';

/** The tables a run of the demo loader writes to. */
const TABLES = [
  'volunteer_center',
  'area',
  'account',
  'person',
  'consent',
  'organisation',
  'skill_profile',
  'volunteer_request',
  'request_status_change',
  'offer',
  'match',
  'activity_record',
  'audit_log',
  'outbox_message',
];

describe('demo data: a believable past for 活動の実績 and the request pages (npm start)', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let aobaId: string;
  /** The demo coordinator of 青葉, signed in as someone trying the demo would be. */
  let aoba: TestClient;
  const today = todayInJapan();
  // Back far enough for every past request of the demo (the oldest activity is 12 weeks back).
  const from = dateOfDayNumber(dayNumberOf(today) - 150).slice(0, 7);
  const to = today.slice(0, 7);
  const pastTitles = DEMO_PAST_REQUESTS.map((request) => request.title);

  const signIn = async (email: string) => {
    const client = new TestClient(app);
    expect((await client.post('/api/sessions', { email, password: DEMO_STAFF_PASSWORD })).statusCode).toBe(200);
    return client;
  };
  const aobaFigures = async () => {
    const response = await aoba.get(`/api/activities/figures?from=${from}&to=${to}`);
    expect(response.statusCode).toBe(200);
    return response.json<ActivityFiguresRow[]>().filter((row) => row.centerId === aobaId);
  };
  const doneRequest = async (client: TestClient, title: string) => {
    const list = await client.get(`/api/requests?status=done&q=${encodeURIComponent(title)}`);
    expect(list.statusCode).toBe(200);
    const summary = list.json<RequestPage>().items.find((item) => item.title === title);
    if (!summary) throw new Error(`${title} is not among the done requests`);
    const detail = await client.get(`/api/requests/${summary.id}`);
    expect(detail.statusCode).toBe(200);
    return detail.json<RequestDetail>();
  };
  const rowCounts = async () => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) counts[table] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`))[0].n;
    return counts;
  };

  beforeAll(async () => {
    app = await createHttpApp();
    dataSource = app.get(DataSource);
    await loadDemoData(dataSource);
    aobaId = (await centerByCode(app, 'district-aoba')).id;
    aoba = await signIn('aoba@tsunagu.example');
  });
  afterAll(() => app.close());

  it('活動の実績 of 青葉 counts people and activities in more than one month, and no activity is in the future', async () => {
    const rows = await aobaFigures();
    const sum = (figure: 'connected' | 'activities' | 'requestsMatched') => rows.reduce((total, row) => total + row[figure], 0);
    expect(sum('connected')).toBeGreaterThan(0);
    expect(sum('activities')).toBeGreaterThan(0);
    expect(sum('requestsMatched')).toBeGreaterThan(0);
    expect(rows.filter((row) => row.activities > 0).length).toBeGreaterThanOrEqual(2);

    // The demo's activities are all before today (other suites may record today's).
    const dates: { date: string }[] = await dataSource.query(
      `SELECT a.date::text AS date FROM activity_record a JOIN volunteer_request r ON r.id = a.request_id WHERE r.title = ANY($1::text[])`,
      [pastTitles],
    );
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.filter(({ date }) => date >= today)).toEqual([]);
  });

  it('a finished request shows its whole history, the approved match with who approved it, and the activity', async () => {
    const repairs = await doneRequest(aoba, '電球の交換と網戸の張り替え');
    // Taken in by phone, so open from the start.
    expect(repairs.history.map((entry) => entry.to)).toEqual(['open', 'matching', 'matched', 'done']);
    expect(repairs.history.every((entry) => entry.byName === '田中 さくら')).toBe(true);
    expect(repairs.history.map((entry) => entry.at)).toEqual([...repairs.history.map((entry) => entry.at)].sort());
    expect(repairs.matches).toEqual([
      expect.objectContaining({
        personName: '伊藤 誠',
        status: 'approved',
        approvedByName: '田中 さくら',
        activity: expect.objectContaining({ outcome: 'completed', hours: 1.5, recordedByName: '田中 さくら' }),
      }),
    ]);
    expect(repairs.offers).toEqual([expect.objectContaining({ personName: '伊藤 誠', status: 'accepted', channel: 'mail' })]);

    // The group's request: sent by the NPO, opened by the coordinator; one of three did not come, so
    // the coordinator closed it, saying why.
    const flowerBeds = await doneRequest(aoba, '公園の花壇の手入れと秋の苗の植え付け');
    expect(flowerBeds.history.map((entry) => entry.to)).toEqual(['submitted', 'open', 'matching', 'matched', 'done']);
    expect(flowerBeds.history.at(-1)?.reason).toContain('完了とします');
    expect(flowerBeds.matches.map((match) => [match.status, match.activity?.outcome, match.activity?.hours])).toEqual(
      expect.arrayContaining([
        ['approved', 'completed', 2],
        ['approved', 'completed', 2],
        ['approved', 'no-show', 0],
      ]),
    );
    expect(flowerBeds.offers.map((offer) => offer.channel).sort()).toEqual(['mail', 'mail', 'phone']);

    // The NPO's member sees it among the group's requests, with its volunteers and what they did.
    const npo = await signIn('npo@tsunagu.example');
    const asSeenByTheGroup = await doneRequest(npo, '公園の花壇の手入れと秋の苗の植え付け');
    expect(asSeenByTheGroup.matches).toHaveLength(3);
    expect(asSeenByTheGroup.matches.every((match) => match.activity !== null)).toBe(true);
  });

  it('loading again adds nothing and changes nothing, and the past sends no mail', async () => {
    const figuresBefore = await aobaFigures();
    const countsBefore = await rowCounts();
    await loadDemoData(dataSource);
    expect(await rowCounts()).toEqual(countsBefore);
    expect(await aobaFigures()).toEqual(figuresBefore);

    const mails: { n: number }[] = await dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message o
        WHERE EXISTS (SELECT 1 FROM volunteer_request r JOIN "match" m ON m.request_id = r.id
                       WHERE r.title = ANY($1::text[]) AND (o.idempotency_key LIKE '%' || m.id || '%' OR o.idempotency_key LIKE '%' || m.offer_id || '%'))`,
      [pastTitles],
    );
    expect(mails[0].n).toBe(0);
  });
});
