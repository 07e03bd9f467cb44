import { normalizeJapanese, toHiragana } from '@tsunagu/matching';
import type { EntityManager } from 'typeorm';
import { type CenterScope, scopeIncludes } from '../../centers/center-scope';
import { digitsOf, DUPLICATE_MIN_MATCHES, matchedFacts } from '../../people/people.service';
import { Person } from '../../people/person.entity';
import type { ImportRow, ImportRowProblem } from './import-row';

/**
 * Rows whose person is already registered, by the rule of 代理登録's duplicate check (two or more
 * of name, ふりがな, birth date and phone the same; see PeopleService.findDuplicates). One query
 * for the whole file: people sharing a birth date, a phone number or a name with any row.
 */
export async function findExistingPeople(
  manager: EntityManager,
  rows: readonly ImportRow[],
  scope: CenterScope,
): Promise<{ fresh: ImportRow[]; problems: ImportRowProblem[] }> {
  if (rows.length === 0) return { fresh: [], problems: [] };
  const birthDates = [...new Set(rows.map((row) => row.person.birthDate).filter((date): date is string => date !== null))];
  const phones = [...new Set(rows.map((row) => digitsOf(row.person.phone)).filter(Boolean))];
  const names = [...new Set(rows.map((row) => row.person.name.replace(/\s/g, '')))];
  const nearby = await manager
    .getRepository(Person)
    .createQueryBuilder('person')
    .innerJoinAndSelect('person.center', 'center')
    .where('person.anonymised_at IS NULL')
    .andWhere(
      `(person.birth_date = ANY(:birthDates::date[]) OR regexp_replace(person.phone, '\\D', '', 'g') = ANY(:phones::text[])
        OR regexp_replace(person.name, '\\s', '', 'g') = ANY(:names::text[]))`,
      { birthDates, phones, names },
    )
    .getMany();

  // Index the people found by each fact, so each row looks only at those sharing one.
  const byFact = new Map<string, Person[]>();
  const index = (fact: string, person: Person) => byFact.set(fact, [...(byFact.get(fact) ?? []), person]);
  for (const person of nearby) {
    index(`name:${normalizeJapanese(person.name)}`, person);
    if (person.birthDate) index(`birthDate:${person.birthDate}`, person);
    const phone = digitsOf(person.phone);
    if (phone) index(`phone:${phone}`, person);
  }

  const fresh: ImportRow[] = [];
  const problems: ImportRowProblem[] = [];
  for (const row of rows) {
    const wanted = {
      name: normalizeJapanese(row.person.name),
      nameKana: row.person.nameKana ? normalizeJapanese(toHiragana(row.person.nameKana)) : null,
      birthDate: row.person.birthDate ?? '',
      phone: digitsOf(row.person.phone) || null,
    };
    const candidates = new Set([
      ...(byFact.get(`name:${wanted.name}`) ?? []),
      ...(row.person.birthDate ? (byFact.get(`birthDate:${row.person.birthDate}`) ?? []) : []),
      ...(wanted.phone ? (byFact.get(`phone:${wanted.phone}`) ?? []) : []),
    ]);
    const same = [...candidates].filter((person) => matchedFacts(person, wanted).length >= DUPLICATE_MIN_MATCHES);
    if (same.length === 0) {
      fresh.push(row);
      continue;
    }
    // A center the viewer covers is named; another center's people are only hinted at.
    const visible = same.find((person) => scopeIncludes(scope, person.centerId));
    problems.push(
      visible
        ? {
            line: row.line,
            column: null,
            rule: 'duplicateExisting',
            args: { center: visible.center.nameJa, centerEn: visible.center.nameEn || visible.center.nameJa },
          }
        : { line: row.line, column: null, rule: 'duplicateElsewhere' },
    );
  }
  return { fresh, problems };
}
