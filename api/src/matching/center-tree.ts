import type { EntityManager } from 'typeorm';

/** A center and, for the ward, every center under it: where a request's volunteers come from. */
export async function centerTreeOf(manager: EntityManager, centerId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(centerTreeSql('$1::uuid'), [centerId]);
  return rows.map((row) => row.id);
}

/** The ids of centerTreeOf as a query, for use inside another (`center` is an SQL expression of a uuid). */
export function centerTreeSql(center: string): string {
  return `SELECT c.id FROM volunteer_center c
      WHERE c.id = ${center} OR (c.parent_id = ${center} AND EXISTS (SELECT 1 FROM volunteer_center w WHERE w.id = ${center} AND w.kind = 'ward'))`;
}

/** The centers whose requests a volunteer sees: their own and the one above it (the ward). */
export async function centersAbove(manager: EntityManager, centerId: string): Promise<string[]> {
  const rows: { id: string; parent_id: string | null }[] = await manager.query(`SELECT id, parent_id FROM volunteer_center WHERE id = $1`, [
    centerId,
  ]);
  return rows.flatMap((row) => (row.parent_id ? [row.id, row.parent_id] : [row.id]));
}
