import './test-env';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  type ApiErrorBody,
  AuditAction,
  type AuditLogEntry,
  ContactMethod,
  type Page,
  Role,
  SESSION_COOKIE,
  type SkillImport,
  SkillImportStatus,
  SkillProfileStatus,
} from '@tsunagu/contracts';
import iconv from 'iconv-lite';
import { DataSource, In, Like } from 'typeorm';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { Person } from '../src/people/person.entity';
import { SkillProfileRecord } from '../src/skills/skill-profile.entity';
import { SkillRecord } from '../src/skills/skill.entity';
import { centerByCode, signedInClient } from './factories/account.factory';
import { createHttpApp } from './http-app';
import { sleep } from './mail-catcher';
import { TestClient } from './test-client';
import { createWorker } from './worker-app';

const HEADER = '氏名,ふりがな,生年月日,電話番号,地区,特技,資格,活動できる曜日';
const KANA_DIGITS = 'あいうえおかきくけこ';
/** A reading unique to this run and row (ふりがな cannot have digits). */
const kanaOf = (n: number) => [...String(n)].map((digit) => KANA_DIGITS[Number(digit)]).join('');

let run = 0;
/**
 * A register of `count` people with a name, reading, birth date and phone of their own (so no
 * two are the same person), born in 1950 + n days; `bad` rows (by data-row index) get a reading
 * in romaji.
 */
function register(count: number, options: { bad?: number[]; prefix?: string } = {}): { text: string; names: string[] } {
  const id = ++run * 1000 + Math.floor(Math.random() * 900);
  const names: string[] = [];
  const lines = [HEADER];
  for (let i = 0; i < count; i++) {
    const name = `${options.prefix ?? '取込'} 花子${id}-${i}`;
    names.push(name);
    const kana = options.bad?.includes(i) ? 'Hanako' : `とりこみ ${kanaOf(id)}${kanaOf(i)}`;
    const born = new Date(Date.UTC(1950, 0, 1 + i + id)).toISOString().slice(0, 10);
    const phone = `03-${String(id).padStart(4, '0')}-${String(i).padStart(4, '0')}`;
    lines.push(`${name},${kana},${born},${phone},青葉小学校区,"草むしり、話し相手",普通自動車免許,土日の午前`);
  }
  return { text: lines.join('\r\n') + '\r\n', names };
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const withBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);

describe('skills bank: importing a volunteer register (名簿の取り込み)', () => {
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let aobaId: string;
  let aoba: { client: TestClient; accountId: string };
  let kawabe: TestClient;
  let admin: TestClient;

  beforeAll(async () => {
    app = await createHttpApp();
    dataSource = app.get(DataSource);
    await loadDemoData(dataSource);
    worker = await createWorker();
    aobaId = (await centerByCode(app, 'district-aoba')).id;
    const kawabeId = (await centerByCode(app, 'district-kawabe')).id;
    aoba = await signedInClient(app, [{ role: Role.Coordinator, centerId: aobaId }]);
    kawabe = (await signedInClient(app, [{ role: Role.Coordinator, centerId: kawabeId }])).client;
    admin = (await signedInClient(app, [{ role: Role.Admin }])).client;
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  async function upload(bytes: Buffer, client = aoba.client, centerId = aobaId, fileName = '名簿.csv') {
    return client.post('/api/skills/imports', { centerId, fileName, contentBase64: bytes.toString('base64') });
  }

  async function checked(bytes: Buffer): Promise<SkillImport> {
    const response = await upload(bytes);
    expect(response.statusCode).toBe(201);
    return response.json<SkillImport>();
  }

  async function finished(id: string, client = aoba.client): Promise<SkillImport> {
    for (let waited = 0; waited < 30_000; waited += 200) {
      const current = (await client.get(`/api/skills/imports/${id}`)).json<SkillImport>();
      if (current.status === SkillImportStatus.Done || current.status === SkillImportStatus.Failed) return current;
      await sleep(200);
    }
    throw new Error(`Import ${id} did not finish`);
  }

  const peopleNamed = (names: string[]) => dataSource.getRepository(Person).find({ where: { name: In(names) } });

  it.each([
    ['UTF-8 with a BOM (Excel’s 「CSV UTF-8」)', withBom],
    ['UTF-8 without a BOM', utf8],
    ['Shift_JIS (Excel’s 「CSV（コンマ区切り）」)', (text: string) => iconv.encode(text, 'cp932')],
  ])('checks a register in %s and shows the first rows as they will be registered', async (_, encode) => {
    const { text, names } = register(12);
    const preview = await checked(encode(text));
    expect(preview).toMatchObject({ status: SkillImportStatus.Previewed, totalRows: 12, validRows: 12, processedRows: 0, errors: [] });
    expect(preview.preview).toHaveLength(10);
    expect(preview.preview[0]).toEqual({
      line: 2,
      name: names[0],
      nameKana: expect.stringMatching(/^とりこみ /),
      skills: ['庭仕事', '話し相手・傾聴'],
      areaNameJa: '青葉小学校区',
    });
    // Nothing is registered by the check itself.
    expect(await peopleNamed(names)).toEqual([]);
  });

  it('reports each bad row by its line, in plain Japanese or English', async () => {
    const { text } = register(6, { bad: [1] });
    const extra = [
      '山田 太郎,やまだ たろう,1950-02-30,03-9999-0001,青葉小学校区,庭仕事,,',
      '鈴木 一郎,すずき いちろう,昭和25年4月1日,,どこか,空を飛ぶこと,,',
    ].join('\r\n');
    const bytes = withBom(text + extra + '\r\n');
    const preview = await checked(bytes);
    expect(preview.totalRows).toBe(8);
    expect(preview.validRows).toBe(5);
    expect(preview.errors.map((error) => error.message)).toEqual([
      '3行目：ふりがなは、ひらがな または カタカナで入力してください。',
      '8行目：生年月日の形が正しくありません（例：1950-04-01 または 昭和25年4月1日）。',
      '9行目：連絡先がありません。電話番号、メールアドレス、住所のどれかを入力してください。',
      '9行目：地区「どこか」が見つかりません。つなぐに登録されている地区の名前で入力してください（例：青葉小学校区）。',
      expect.stringMatching(/^9行目：特技「空を飛ぶこと」に当てはまる分野が見つかりません。/),
    ]);
    expect(preview.errors[0]).toMatchObject({ line: 3, column: 'ふりがな' });

    const english = new TestClient(app, 'en');
    english.setCookie(SESSION_COOKIE, aoba.client.cookie(SESSION_COOKIE) as string);
    const inEnglish = (await english.get(`/api/skills/imports/${preview.id}`)).json<SkillImport>();
    expect(inEnglish.errors[0].message).toBe('Line 3: ふりがな must be written in hiragana or katakana.');
    expect(inEnglish.preview[0].skills).toEqual(['Garden work', 'Conversation and listening']);
  });

  it('registers exactly the valid rows, by proxy, with active skill profiles, in one audit entry', async () => {
    const { text, names } = register(20, { bad: [4, 9] });
    const preview = await checked(withBom(text));
    expect(preview.validRows).toBe(18);

    const commit = await aoba.client.post(`/api/skills/imports/${preview.id}/commit`);
    expect(commit.statusCode).toBe(202);
    expect(commit.json<SkillImport>().status).toBe(SkillImportStatus.Running);
    const done = await finished(preview.id);
    expect(done).toMatchObject({ status: SkillImportStatus.Done, importedRows: 18, processedRows: 18, failureMessage: null });
    expect(done.errors.map((error) => error.line)).toEqual([6, 11]);

    const people = await peopleNamed(names);
    expect(people.map((person) => person.name).sort()).toEqual(names.filter((_, i) => i !== 4 && i !== 9).sort());
    expect(new Set(people.map((person) => person.registeredByAccountId))).toEqual(new Set([aoba.accountId]));
    expect(new Set(people.map((person) => person.contactMethod))).toEqual(new Set([ContactMethod.Phone]));
    expect(new Set(people.map((person) => person.centerId))).toEqual(new Set([aobaId]));
    const profiles = await dataSource.getRepository(SkillProfileRecord).find({ where: { personId: In(people.map((p) => p.id)) } });
    expect(profiles).toHaveLength(18);
    expect(new Set(profiles.map((profile) => profile.status))).toEqual(new Set([SkillProfileStatus.Active]));
    expect(profiles[0]).toMatchObject({ qualifications: ['driving-licence-standard'], inPerson: true });
    const skills = await dataSource.getRepository(SkillRecord).find({ where: { profileId: profiles[0].id }, order: { sortOrder: 'ASC' } });
    expect(skills.map((skill) => [skill.categoryCode, skill.ownWords])).toEqual([
      ['garden-work', '草むしり'],
      ['conversation-and-listening', '話し相手'],
    ]);

    const log = (await admin.get(`/api/audit-log?actorAccountId=${aoba.accountId}&action=create`)).json<Page<AuditLogEntry>>();
    expect(log.items.filter((entry) => entry.detail?.startsWith('skill-import'))).toEqual([
      expect.objectContaining({ action: AuditAction.Create, subjectPersonId: null, detail: 'skill-import: 名簿.csv (18)' }),
    ]);

    // The same file again: everyone is already registered, so nobody is registered twice.
    const again = await checked(withBom(text));
    expect(again.validRows).toBe(0);
    expect(again.errors.filter((error) => error.message.includes('すでに青葉地区ボランティアセンターに登録されています'))).toHaveLength(18);
    expect((await aoba.client.post(`/api/skills/imports/${again.id}/commit`)).statusCode).toBe(409);
    // Nor can a finished import run twice.
    const twice = await aoba.client.post(`/api/skills/imports/${preview.id}/commit`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ApiErrorBody>().message).toContain('すでに始まっています');
  });

  it('finds the same person twice within one file', async () => {
    const { text } = register(3);
    const [, first] = text.split('\r\n');
    const preview = await checked(withBom(`${text}${first.replace(' ', '　')}\r\n`));
    expect(preview.validRows).toBe(3);
    expect(preview.errors).toEqual([{ line: 5, column: null, message: expect.stringMatching(/^5行目：2行目と同じ方のようです/) }]);
  });

  it('registers nobody when a row fails part-way, and says where it stopped', async () => {
    const { text, names } = register(30);
    const preview = await checked(withBom(text));
    // A rule the check does not know about, broken by the 16th person (line 17): the database refuses it.
    await dataSource.query(`ALTER TABLE person ADD CONSTRAINT test_import_fails CHECK (name <> '${names[15]}')`);
    try {
      expect((await aoba.client.post(`/api/skills/imports/${preview.id}/commit`)).statusCode).toBe(202);
      const failed = await finished(preview.id);
      expect(failed.status).toBe(SkillImportStatus.Failed);
      expect(failed.importedRows).toBe(0);
      expect(failed.failureMessage).toContain('17行目を登録するときに問題が起きたため、取り込みを取りやめました。');
    } finally {
      await dataSource.query('ALTER TABLE person DROP CONSTRAINT test_import_fails');
    }
    expect(await peopleNamed(names)).toEqual([]);
    expect(await dataSource.getRepository(Person).count({ where: { name: Like(`${names[0].slice(0, -2)}%`) } })).toBe(0);
  });

  it('refuses a coordinator of another center, at every step', async () => {
    const { text } = register(2);
    const refused = await upload(withBom(text), kawabe, aobaId);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ApiErrorBody>().message).toBe('このセンターの名簿は取り込めません。あなたが担当するセンターを選んでください。');

    const preview = await checked(withBom(text));
    expect((await kawabe.get(`/api/skills/imports/${preview.id}`)).statusCode).toBe(403);
    expect((await kawabe.post(`/api/skills/imports/${preview.id}/commit`)).statusCode).toBe(403);
    expect((await admin.get(`/api/skills/imports/${preview.id}`)).statusCode).toBe(200);
  });

  it('says plainly why a file cannot be read', async () => {
    const fields = async (bytes: Buffer) => (await upload(bytes)).json<ApiErrorBody>().fields;
    expect(await fields(utf8('住所,電話\r\nx,y\r\n'))).toEqual({
      contentBase64: '見出しの行に「氏名、特技」の列が見つかりません。1行目に見出しを書いてください（ひな形のCSVをダウンロードできます）。',
    });
    expect(await fields(utf8(HEADER))).toEqual({
      contentBase64: 'ファイルに、取り込む行がありません。1行目に見出し、2行目から1人1行で書いてください。',
    });
    expect((await fields(Buffer.from([0x82, 0xff, 0xfe, 0x00])))?.['contentBase64']).toContain('文字コードを読み取れませんでした');
    // A NUL in an otherwise good row (a UTF-16 or damaged file): PostgreSQL cannot store it, so it is a file problem, not a 500.
    const { text } = register(1);
    const damaged = await upload(utf8(text.replace('草むしり', '草\u0000むしり')));
    expect(damaged.statusCode).toBe(400);
    expect(damaged.json<ApiErrorBody>().fields?.['contentBase64']).toContain('文字コードを読み取れませんでした');
  });

  it('takes a file of up to 5 MB and refuses a larger one with a clear message', async () => {
    const filler = `${HEADER}\r\n` + `#,${'あ'.repeat(1000)}\r\n`.repeat(1700);
    const large = Buffer.concat([withBom(filler), Buffer.alloc(5 * 1024 * 1024 - withBom(filler).length, 0x20)]);
    const justFits = await upload(large);
    expect(justFits.statusCode).toBe(201);
    expect(justFits.json<SkillImport>()).toMatchObject({ totalRows: 1700, validRows: 0 });
    const tooLarge = await upload(Buffer.concat([large, Buffer.from('x')]));
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json<ApiErrorBody>().fields).toEqual({
      contentBase64: 'ファイルが大きすぎます。5MBまでのファイルにしてください。名簿を分けて取り込むこともできます。',
    });
    const huge = await upload(Buffer.alloc(8 * 1024 * 1024, 0x41));
    expect(huge.statusCode).toBe(413);
    expect(huge.json<ApiErrorBody>().message).toBe('送信された内容が大きすぎます。');
  });

  it('offers the header row as a template that Excel opens with the Japanese intact', async () => {
    const response = await aoba.client.get('/api/skills/imports/template');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(response.body).toContain('氏名,ふりがな,生年月日');
    expect(response.body).not.toContain('登録日');
  });
});
