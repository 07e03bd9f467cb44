import type { Locale } from '@tsunagu/contracts';
import type { EntityManager } from 'typeorm';

/** A volunteer as the match flow needs them: how to reach them and whether they are registered. */
export interface VolunteerContact {
  personId: string;
  accountId: string | null;
  name: string;
  phone: string | null;
  /** The account's address, or the contact address of a person without an account. */
  email: string | null;
  locale: Locale;
  /** The skill profile's center, when the profile is active (registered in the skills bank). */
  activeCenterId: string | null;
}

interface Row {
  person_id: string;
  account_id: string | null;
  name: string;
  phone: string | null;
  email: string | null;
  locale: Locale | null;
  active_center_id: string | null;
}

/**
 * The address a volunteer's mails go to, as SQL over `person` and its `account` (LEFT JOINed under
 * these aliases): the account's, or the contact address of a person without an account.
 */
export function volunteerEmailSql(person: string, account: string): string {
  return `coalesce(${account}.email::text, ${person}.email)`;
}

/**
 * Whether mails can reach the volunteer (打診, the confirmation of a match), as SQL over the same
 * aliases: an address as volunteerEmailSql gives it, not empty (what `!contact.email` refuses in
 * OffersService.create); an erased person has none. The candidates list (candidateDetailsSql) and
 * the matches (MatchSummary.volunteerHasEmail) both say it with this one rule.
 */
export function volunteerHasEmailSql(person: string, account: string): string {
  return `(${person}.anonymised_at IS NULL AND coalesce(${volunteerEmailSql(person, account)}, '') <> '')`;
}

/** People by id (erased people are left out). */
export async function volunteerContacts(manager: EntityManager, personIds: readonly string[]): Promise<Map<string, VolunteerContact>> {
  if (personIds.length === 0) return new Map();
  const rows: Row[] = await manager.query(
    `SELECT person.id AS person_id, person.account_id, person.name, person.phone,
            ${volunteerEmailSql('person', 'account')} AS email, account.locale,
            CASE WHEN profile.status = 'active' THEN profile.center_id END AS active_center_id
       FROM person
       LEFT JOIN account ON account.id = person.account_id
       LEFT JOIN skill_profile profile ON profile.person_id = person.id
      WHERE person.id = ANY($1::uuid[]) AND person.anonymised_at IS NULL`,
    [personIds],
  );
  return new Map(rows.map((row) => [row.person_id, contactOf(row)]));
}

/** The signed-in person. */
export async function volunteerOfAccount(manager: EntityManager, accountId: string): Promise<VolunteerContact | null> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM person WHERE account_id = $1 AND anonymised_at IS NULL`, [accountId]);
  if (rows.length === 0) return null;
  return (await volunteerContacts(manager, [rows[0].id])).get(rows[0].id) ?? null;
}

function contactOf(row: Row): VolunteerContact {
  return {
    personId: row.person_id,
    accountId: row.account_id,
    name: row.name,
    phone: row.phone,
    email: row.email,
    locale: row.locale === 'en' ? 'en' : 'ja',
    activeCenterId: row.active_center_id,
  };
}
