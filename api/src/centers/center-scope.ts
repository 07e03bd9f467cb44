/** The centers whose people and records a viewer may see. */
export type CenterScope = { kind: 'all' } | { kind: 'centers'; centerIds: string[] };

export function scopeIncludes(scope: CenterScope, centerId: string): boolean {
  return scope.kind === 'all' || scope.centerIds.includes(centerId);
}
