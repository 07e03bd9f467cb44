import { type CenterSummary, Role, SKILL_IMPORT_LIMITS, type SkillImport, SkillImportStatus, type Viewer } from '@tsunagu/contracts';

/** The page: /staff/skills/import, with ?id=<import> once a file has been checked. */
export const SKILL_IMPORT_PATH = '/staff/skills/import';
/** 特技バンクの検索, where the imported people can be found. */
export const SKILL_SEARCH_PATH = '/staff/skills';
/** How often the page asks how far a running import has got. */
export const IMPORT_POLL_MS = 500;

export type FileProblem = 'required' | 'empty' | 'tooLarge' | 'notCsv';

/** What is wrong with the chosen file before it is sent, or null. */
export function fileProblem(file: Pick<File, 'name' | 'size'> | null): FileProblem | null {
  if (!file) return 'required';
  if (!/\.(csv|txt)$/i.test(file.name)) return 'notCsv';
  if (file.size === 0) return 'empty';
  if (file.size > SKILL_IMPORT_LIMITS.maxFileBytes) return 'tooLarge';
  return null;
}

/** 5 MB, as the limit is shown. */
export const MAX_FILE_MEGABYTES = SKILL_IMPORT_LIMITS.maxFileBytes / (1024 * 1024);

/**
 * The centers a staff member may import into: every center for an admin; for a coordinator the
 * centers of their grants and, for a grant on the ward center, its districts (as the API decides).
 */
export function centersInScope(viewer: Viewer | null, centers: readonly CenterSummary[]): CenterSummary[] {
  if (!viewer) return [];
  if (viewer.roles.some((grant) => grant.role === Role.Admin)) return [...centers];
  const granted = new Set(
    viewer.roles.filter((grant) => grant.role === Role.Coordinator && grant.centerId).map((grant) => grant.centerId as string),
  );
  return centers.filter((center) => granted.has(center.id) || (center.parentId !== null && granted.has(center.parentId)));
}

/** The file's bytes as base64, in slices so a 5 MB file does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return btoa(binary);
}

/** Where the import is: the preview waits for the go-ahead, then it runs, then it is over. */
export type ImportStage = 'preview' | 'running' | 'done' | 'failed';

export function importStage(skillImport: Pick<SkillImport, 'status'>): ImportStage {
  switch (skillImport.status) {
    case SkillImportStatus.Previewed:
      return 'preview';
    case SkillImportStatus.Running:
      return 'running';
    case SkillImportStatus.Done:
      return 'done';
    default:
      return 'failed';
  }
}

/** The progress bar's value and maximum: full once done. */
export function importProgress(skillImport: Pick<SkillImport, 'status' | 'validRows' | 'processedRows'>): { value: number; max: number } {
  const max = Math.max(skillImport.validRows, 1);
  const value = skillImport.status === SkillImportStatus.Done ? skillImport.validRows : Math.min(skillImport.processedRows, max);
  return { value, max: skillImport.validRows === 0 ? 1 : max };
}
