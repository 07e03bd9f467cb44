// bench/skills-search: p50/p95 latency of the coordinator search API (GET /api/skills/search)
// over BENCH_VOLUNTEERS (default 100,000) seeded active volunteers, through the real stack.
// Run after `npx nx run-many -t build -p api web`:  npm run bench:skills-search
'use strict';
const { Client } = require('pg');
const { seedVolunteers } = require('../support/seed-volunteers.cjs');
const { startStack, signedInClient, percentiles, formatRow } = require('../support/stack.cjs');

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 100_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 40);
const TARGET_P95_MS = 200;

async function main() {
  const stack = await startStack();
  try {
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const seeding = Date.now();
    await seedVolunteers(db, VOLUNTEERS, {
      onProgress: (n) => process.stdout.write(`\rseeding volunteers: ${n.toLocaleString('en')} / ${VOLUNTEERS.toLocaleString('en')}`),
    });
    process.stdout.write(`\nseeded in ${((Date.now() - seeding) / 1000).toFixed(1)} s\n`);
    const { rows } = await db.query(
      `SELECT a.id FROM area a JOIN volunteer_center c ON c.id = a.center_id WHERE c.kind = 'district' ORDER BY a.code LIMIT 1`,
    );
    await db.end();

    // The ward coordinator sees every district: the widest (slowest) scope.
    const coordinator = await signedInClient('ward@tsunagu.example');
    const area = rows[0].id;
    const queries = {
      '「草取り」 (taxonomy alias)': 'q=草取り',
      '「ｽﾏﾎ」 (half-width, normalised)': 'q=' + encodeURIComponent('ｽﾏﾎ'),
      'category + area': `category=garden-work&areaId=${area}`,
      '「草取り」 + Saturday morning + insured': 'q=草取り&day=sat&period=morning&insured=true',
      'language en': 'language=en',
      'words + area + day, page 3': `q=話し相手&areaId=${area}&day=wed&page=3`,
      'no criteria (newest first)': '',
    };

    for (let i = 0; i < 20; i++) await coordinator.get(`/api/skills/search?${Object.values(queries)[i % 7]}`);

    const all = [];
    console.log(`\nGET /api/skills/search over ${VOLUNTEERS.toLocaleString('en')} active volunteers, ${REPEATS} runs each:`);
    for (const [label, query] of Object.entries(queries)) {
      const samples = [];
      let total = 0;
      for (let i = 0; i < REPEATS; i++) {
        const started = performance.now();
        const page = await coordinator.get(`/api/skills/search?${query}`);
        samples.push(performance.now() - started);
        total = page.total;
      }
      all.push(...samples);
      console.log(`${formatRow(label, percentiles(samples))}  (${total.toLocaleString('en')} hits)`);
    }
    const overall = percentiles(all);
    console.log(formatRow('all queries', overall));
    console.log(`target p95 <= ${TARGET_P95_MS} ms: ${overall.p95 <= TARGET_P95_MS ? 'met' : 'NOT met'}`);
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
