// Seeds N active skills-bank volunteers straight into PostgreSQL, shaped like the real data the
// API writes (skill_profile + skill + person + registration period), in batches through unnest.
// Uses the built taxonomy and normaliser (dist/api/libs/matching) so search keys match the API's.
// With `activities`, a share of them also has a past history (an approved match and activity
// records, some no-shows) so the matching's fairness and reliability read real rows.
'use strict';
const path = require('node:path');
const { randomUUID } = require('node:crypto');

const matching = require(path.join(__dirname, '../../dist/api/libs/matching/src/index.js'));
const { searchFieldsOf } = require(path.join(__dirname, '../../dist/api/api/src/skills/skill-search-fields.js'));

const FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木', '山口', '松本'];
const FAMILY_KANA = [
  'さとう',
  'すずき',
  'たかはし',
  'たなか',
  'いとう',
  'わたなべ',
  'やまもと',
  'なかむら',
  'こばやし',
  'かとう',
  'よしだ',
  'やまだ',
  'ささき',
  'やまぐち',
  'まつもと',
];
const GIVEN = ['花子', '太郎', '恵子', '誠', '幸子', '健一', 'ハナ', '美咲', '翔', '和子', '浩', '由美'];
const GIVEN_KANA = ['はなこ', 'たろう', 'けいこ', 'まこと', 'さちこ', 'けんいち', 'はな', 'みさき', 'しょう', 'かずこ', 'ひろし', 'ゆみ'];
const OTHER_LANGUAGES = ['en', 'zh', 'ko', 'vi', 'tl', 'pt', 'ne'];
const LEVELS = ['beginner', 'experienced', 'professional'];
const BATCH = 5000;

/** A small deterministic generator, so two runs seed the same volunteers. */
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: (list) => list[Math.floor(next() * list.length)] };
}

/** Own words as residents write them: an alias of the category plus a phrase. */
function ownWords(random, category) {
  const word = category.aliases.length > 0 ? random.pick(category.aliases) : category.ja;
  return random.pick([`${word}が得意です`, `${word}ができます`, `${word}を手伝えます`, `${word}の経験があります`]);
}

/** A PostgreSQL array literal of text, each element quoted. */
function arrayLiteral(list) {
  return `{${list.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** The day `daysAgo` before today (UTC), YYYY-MM-DD. */
function daysBefore(daysAgo) {
  return new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/**
 * One finished request per district center that seeded histories hang on (match and activity
 * records need a request); made once per database.
 */
async function pastRequests(client, areas) {
  const title = '（ベンチマーク）これまでの活動';
  const byCenter = new Map();
  for (const area of areas) if (!byCenter.has(area.center_id)) byCenter.set(area.center_id, area.id);
  const { rows: existing } = await client.query(`SELECT id, center_id FROM volunteer_request WHERE title = $1`, [title]);
  const requests = new Map(existing.map((row) => [row.center_id, row.id]));
  for (const [centerId, areaId] of byCenter) {
    if (requests.has(centerId)) continue;
    const schedule = { kind: 'flexible', from: daysBefore(400), until: daysBefore(1) };
    const { rows } = await client.query(
      `INSERT INTO volunteer_request (center_id, status, source, title, description, schedule, schedule_kind, first_date, last_date, area_id)
       VALUES ($1, 'done', 'staff-intake', $2, 'ベンチマーク用の過去の活動です。', $3::jsonb, 'flexible', $4, $5, $6) RETURNING id`,
      [centerId, title, JSON.stringify(schedule), schedule.from, schedule.until, areaId],
    );
    requests.set(centerId, rows[0].id);
  }
  return requests;
}

/**
 * options.seed: the generator's seed (use another one to top up a database already seeded);
 * options.activities: share (0..1) of volunteers with a past history of 1–6 activities in the
 * last 400 days, 5% of them no-shows; options.onProgress(n).
 */
async function seedVolunteers(client, count, options = {}) {
  const random = generator(options.seed ?? 2026);
  const { rows: areas } = await client.query(
    `SELECT a.id, a.center_id FROM area a JOIN volunteer_center c ON c.id = a.center_id WHERE c.kind = 'district' ORDER BY a.code`,
  );
  if (areas.length === 0) throw new Error('No district areas: run the migrations and demo data first.');
  const activityShare = options.activities ?? 0;
  const past = activityShare > 0 ? await pastRequests(client, areas) : new Map();
  const categories = matching.SKILL_CATEGORIES;
  const qualifications = matching.QUALIFICATIONS.map((q) => q.code);
  // Real registers are skewed: a few categories (庭仕事, 話し相手, 見守り …) are very common.
  const common = categories.slice(0, 8);

  for (let done = 0; done < count; done += BATCH) {
    const size = Math.min(BATCH, count - done);
    const person = { id: [], center: [], name: [], kana: [] };
    const profile = {
      id: [],
      person: [],
      center: [],
      home: [],
      areas: [],
      slots: [],
      langs: [],
      quals: [],
      cats: [],
      levels: [],
      text: [],
      terms: [],
      fy: [],
      start: [],
    };
    const skill = { profile: [], category: [], words: [], level: [], order: [] };
    const match = { id: [], request: [], person: [], approved: [] };
    const activity = { match: [], request: [], person: [], center: [], date: [], hours: [], outcome: [] };
    for (let i = 0; i < size; i++) {
      const area = random.pick(areas);
      const family = Math.floor(random.next() * FAMILY.length);
      const given = Math.floor(random.next() * GIVEN.length);
      const personId = randomUUID();
      const profileId = randomUUID();
      person.id.push(personId);
      person.center.push(area.center_id);
      person.name.push(`${FAMILY[family]} ${GIVEN[given]}`);
      person.kana.push(`${FAMILY_KANA[family]} ${GIVEN_KANA[given]}`);

      const skillCount = 1 + Math.floor(random.next() * 3);
      const chosen = new Set();
      while (chosen.size < skillCount) chosen.add(random.next() < 0.5 ? random.pick(common) : random.pick(categories));
      const entries = [];
      [...chosen].forEach((category, order) => {
        const text = ownWords(random, category);
        const level = random.pick(LEVELS);
        entries.push({ categoryCode: category.code, ownWords: text, level });
        skill.profile.push(profileId);
        skill.category.push(category.code);
        skill.words.push(text);
        skill.level.push(level);
        skill.order.push(order);
      });
      const nearby = areas.filter((other) => other.center_id === area.center_id && random.next() < 0.3).map((a) => a.id);
      const insured = random.next() < 0.7;
      profile.id.push(profileId);
      profile.person.push(personId);
      profile.center.push(area.center_id);
      profile.home.push(area.id);
      profile.areas.push(`{${[area.id, ...nearby.filter((id) => id !== area.id)].join(',')}}`);
      profile.slots.push(Math.floor(random.next() * 2097152));
      // 通訳・翻訳 needs a language besides Japanese, as the registration form asks.
      const speaksOther = random.next() < 0.1 || [...chosen].some((category) => category.requiresLanguage);
      profile.langs.push(speaksOther ? `{ja,${random.pick(OTHER_LANGUAGES)}}` : '{ja}');
      // Half of those with a skill that usually comes with a qualification (ガイドヘルプ → 同行援護) hold one.
      const typical = [...chosen].flatMap((category) => category.typicalQualifications);
      const held =
        typical.length > 0 && random.next() < 0.5 ? random.pick(typical) : random.next() < 0.2 ? random.pick(qualifications) : null;
      profile.quals.push(held ? `{${held}}` : '{}');
      const fields = searchFieldsOf(entries);
      profile.cats.push(arrayLiteral(fields.categoryCodes));
      profile.levels.push(arrayLiteral(fields.categoryLevels));
      profile.text.push(fields.searchText);
      profile.terms.push(arrayLiteral(fields.ownWordsTerms));
      profile.fy.push(insured ? 2026 : null);
      profile.start.push(insured ? '2026-04-01' : null);

      if (activityShare > 0 && random.next() < activityShare) {
        const matchId = randomUUID();
        const requestId = past.get(area.center_id);
        const days = new Set();
        const times = 1 + Math.floor(random.next() * 6);
        while (days.size < times) days.add(1 + Math.floor(random.next() * 400));
        match.id.push(matchId);
        match.request.push(requestId);
        match.person.push(personId);
        match.approved.push(daysBefore(Math.max(...days) + 3));
        for (const day of days) {
          activity.match.push(matchId);
          activity.request.push(requestId);
          activity.person.push(personId);
          activity.center.push(area.center_id);
          activity.date.push(daysBefore(day));
          activity.hours.push(1 + Math.floor(random.next() * 4));
          activity.outcome.push(random.next() < 0.05 ? 'no-show' : 'completed');
        }
      }
    }
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO person (id, center_id, name, name_kana, contact_method)
       SELECT * , 'phone'::contact_method FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])`,
      [person.id, person.center, person.name, person.kana],
    );
    await client.query(
      `INSERT INTO skill_profile (id, person_id, center_id, status, step, in_person, home_area_id, area_ids, weekly_slots,
         languages, qualifications, category_codes, category_levels, search_text, own_words_terms, insurance_plan, insurance_fiscal_year,
         insurance_cover_start, registered_at)
       SELECT p.id, p.person, p.center, 'active', 5, true, p.home, p.areas::uuid[], p.slots, p.langs::text[], p.quals::text[],
         p.cats::text[], p.levels::text[], p.text, p.terms::text[], CASE WHEN p.fy IS NULL THEN NULL ELSE 'basic-a'::insurance_plan END,
         p.fy, p.start, now() - (random() * interval '700 days')
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[],
         $11::text[], $12::int[], $13::date[], $14::text[]) AS p(id, person, center, home, areas, slots, langs, quals, cats, text, terms, fy, start, levels)`,
      [
        profile.id,
        profile.person,
        profile.center,
        profile.home,
        profile.areas,
        profile.slots,
        profile.langs,
        profile.quals,
        profile.cats,
        profile.text,
        profile.terms,
        profile.fy,
        profile.start,
        profile.levels,
      ],
    );
    await client.query(
      `INSERT INTO skill (profile_id, category_code, own_words, level, sort_order)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::skill_level[], $5::smallint[])`,
      [skill.profile, skill.category, skill.words, skill.level, skill.order],
    );
    await client.query(
      `INSERT INTO skill_registration_period (profile_id, started_at)
       SELECT id, registered_at FROM skill_profile WHERE id = ANY($1::uuid[])`,
      [profile.id],
    );
    if (match.id.length > 0) {
      await client.query(
        `INSERT INTO match (id, request_id, person_id, status, approved_at, created_at)
         SELECT m.id, m.request, m.person, 'approved', m.approved, m.approved
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[]) AS m(id, request, person, approved)`,
        [match.id, match.request, match.person, match.approved],
      );
      await client.query(
        `INSERT INTO activity_record (match_id, request_id, person_id, center_id, date, hours, outcome)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::date[], $6::numeric[], $7::activity_outcome[])`,
        [activity.match, activity.request, activity.person, activity.center, activity.date, activity.hours, activity.outcome],
      );
    }
    await client.query('COMMIT');
    if (options.onProgress) options.onProgress(done + size);
  }
  await client.query('ANALYZE person; ANALYZE skill_profile; ANALYZE skill; ANALYZE skill_registration_period');
  if (activityShare > 0) await client.query('ANALYZE match; ANALYZE activity_record');
}

module.exports = { seedVolunteers };
