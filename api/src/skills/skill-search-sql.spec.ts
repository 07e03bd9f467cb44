import { DayPeriod } from '@tsunagu/contracts';
import { escapeLike, skillSearchSql, SqlParams } from './skill-search-sql';

describe('the skills search as SQL', () => {
  it('turns 草取り into a category or own-words match, and filters into indexed conditions', () => {
    const params = new SqlParams();
    const sql = skillSearchSql(
      { q: '草取り', areaId: 'a1', day: 'sat', period: DayPeriod.Morning, language: 'en' },
      { scope: { kind: 'centers', centerIds: ['c1'] }, publicOnly: false, today: '2026-11-29' },
      params,
    );
    expect(sql.where).toContain(`p.status = 'active'`);
    expect(sql.where).toContain('p.center_id = ANY($1::uuid[])');
    expect(sql.where).toContain('(p.category_codes && $2::text[] OR p.search_text LIKE $3)');
    expect(params.values.slice(0, 3)).toEqual([['c1'], ['garden-work'], '%草取り%']);
    expect(sql.where).toContain('p.languages @> ARRAY[');
    expect(params.values).toContain(1 << 15);
    expect(sql.hasCriteria).toBe(true);
  });

  it('adds no parameter a count does not use', () => {
    const params = new SqlParams();
    const sql = skillSearchSql(
      { q: '草取り' },
      { scope: { kind: 'all' }, publicOnly: false, today: '2026-11-29', countOnly: true },
      params,
    );
    const used = Math.max(...[...sql.where.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
    expect(used).toBe(params.values.length);
  });

  it('lists newest first without criteria, and escapes LIKE characters', () => {
    const sql = skillSearchSql({}, { scope: { kind: 'all' }, publicOnly: true, today: '2026-11-29' }, new SqlParams());
    expect(sql).toEqual({ where: `p.status = 'active' AND p.public_listing`, score: '0::int', hasCriteria: false });
    expect(escapeLike('100%_\\')).toBe('100\\%\\_\\\\');
  });
});
