import type { EntityManager } from 'typeorm';

/** A center and, for the ward, every center under it: where a request's volunteers come from. */
export async function centerTreeOf(manager: EntityManager, centerId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT c.id FROM volunteer_center c
      WHERE c.id = $1 OR (c.parent_id = $1 AND EXISTS (SELECT 1 FROM volunteer_center w WHERE w.id = $1 AND w.kind = 'ward'))`,
    [centerId],
  );
  return rows.map((row) => row.id);
}

/** The centers whose requests a volunteer sees: their own and the one above it (the ward). */
export async function centersAbove(manager: EntityManager, centerId: string): Promise<string[]> {
  const rows: { id: string; parent_id: string | null }[] = await manager.query(`SELECT id, parent_id FROM volunteer_center WHERE id = $1`, [
    centerId,
  ]);
  return rows.flatMap((row) => (row.parent_id ? [row.id, row.parent_id] : [row.id]));
}
