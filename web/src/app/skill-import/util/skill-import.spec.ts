import { type CenterSummary, Role, SKILL_IMPORT_LIMITS, SkillImportStatus, type Viewer } from '@tsunagu/contracts';
import { bytesToBase64, centersInScope, fileProblem, importProgress, importStage } from './skill-import';

const center = (id: string, parentId: string | null = 'ward'): CenterSummary => ({
  id,
  kind: parentId ? 'district' : 'ward',
  nameJa: `${id}センター`,
  nameEn: `${id} center`,
  parentId,
});
const CENTERS = [center('ward', null), center('aoba'), center('kawabe')];
const viewer = (...roles: Viewer['roles']): Viewer => ({ accountId: 'a1', email: 'x@example.jp', name: '職員', locale: 'ja', roles });
const grant = (role: Role, centerId: string | null = null) => ({ role, centerId, centerNameJa: null, centerNameEn: null });

describe('skill import: the file', () => {
  it('asks for a CSV file of at most 5 MB that is not empty', () => {
    expect(fileProblem(null)).toBe('required');
    expect(fileProblem({ name: '名簿.xlsx', size: 100 })).toBe('notCsv');
    expect(fileProblem({ name: '名簿.CSV', size: 0 })).toBe('empty');
    expect(fileProblem({ name: '名簿.csv', size: SKILL_IMPORT_LIMITS.maxFileBytes + 1 })).toBe('tooLarge');
    expect(fileProblem({ name: '名簿.csv', size: SKILL_IMPORT_LIMITS.maxFileBytes })).toBeNull();
  });

  it('turns the bytes into base64, large files included', () => {
    expect(bytesToBase64(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('77u/QQ==');
    const large = new Uint8Array(200_000).map((_, i) => i % 256);
    expect(Buffer.from(bytesToBase64(large), 'base64').equals(Buffer.from(large))).toBe(true);
  });
});

describe('skill import: centers', () => {
  it('offers a district coordinator their own center only', () => {
    expect(centersInScope(viewer(grant(Role.Coordinator, 'aoba')), CENTERS).map((c) => c.id)).toEqual(['aoba']);
  });

  it('offers ward staff the ward center and all its districts, and an admin every center', () => {
    expect(centersInScope(viewer(grant(Role.Coordinator, 'ward')), CENTERS).map((c) => c.id)).toEqual(['ward', 'aoba', 'kawabe']);
    expect(centersInScope(viewer(grant(Role.Admin)), CENTERS)).toHaveLength(3);
    expect(centersInScope(viewer(grant(Role.Resident)), CENTERS)).toEqual([]);
    expect(centersInScope(null, CENTERS)).toEqual([]);
  });
});

describe('skill import: progress', () => {
  it('follows the rows registered so far, and is full once done', () => {
    expect(importProgress({ status: SkillImportStatus.Running, validRows: 295, processedRows: 150 })).toEqual({ value: 150, max: 295 });
    expect(importProgress({ status: SkillImportStatus.Done, validRows: 295, processedRows: 280 })).toEqual({ value: 295, max: 295 });
    expect(importStage({ status: SkillImportStatus.Previewed })).toBe('preview');
    expect(importStage({ status: SkillImportStatus.Failed })).toBe('failed');
  });
});
