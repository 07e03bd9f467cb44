import type { AreaSummary, CenterSummary } from '@tsunagu/contracts';
import {
  emptyNamesDraft,
  NAME_MAX_LENGTH,
  type NamesDraft,
  namesProblem,
  namesProblems,
  renameDraftOf,
  toAreaRequest,
  toCenterRequest,
  toRenameRequest,
} from './names-draft';

const midori: NamesDraft = {
  kind: 'district',
  code: 'district-midori',
  nameJa: ' 緑地区ボランティアセンター ',
  nameKana: ' みどりちくぼらんてぃあせんたー ',
  nameEn: ' Midori District Volunteer Center ',
};
const aoba: CenterSummary = {
  id: 'aoba',
  kind: 'district',
  nameJa: '青葉地区ボランティアセンター',
  nameEn: 'Aoba District Volunteer Center',
  parentId: 'ward',
};
const school: AreaSummary = {
  id: 'a1',
  nameJa: '青葉小学校区',
  nameKana: 'あおばしょうがっこうく',
  nameEn: 'Aoba school area',
  centerNameJa: aoba.nameJa,
  centerNameEn: aoba.nameEn,
};

describe('names of centers and areas', () => {
  it('asks for everything when adding a center or an area', () => {
    expect(namesProblems('newCenter', emptyNamesDraft())).toEqual(['kind', 'code', 'nameJa', 'nameKana', 'nameEn']);
    expect(namesProblems('newArea', emptyNamesDraft())).toEqual(['code', 'nameJa', 'nameKana', 'nameEn']);
    expect(namesProblems('newCenter', midori)).toEqual([]);
  });

  it("keeps a center's reading when the rename leaves it blank (the API does not publish it)", () => {
    const draft = renameDraftOf(aoba);
    expect(draft.nameKana).toBe('');
    expect(namesProblems('renameCenter', draft)).toEqual([]);
    expect(toRenameRequest({ ...draft, nameJa: '青葉・若葉地区ボランティアセンター' }, aoba)).toEqual({
      nameJa: '青葉・若葉地区ボランティアセンター',
    });
    expect(toRenameRequest(draft, aoba)).toEqual({});
  });

  it("starts an area's rename from its three names and sends only what changed", () => {
    const draft = renameDraftOf(school);
    expect(draft).toMatchObject({ nameJa: '青葉小学校区', nameKana: 'あおばしょうがっこうく' });
    expect(namesProblems('renameArea', { ...draft, nameKana: '' })).toEqual(['nameKana']);
    expect(toRenameRequest({ ...draft, nameEn: ' Aoba Elementary area ' }, school)).toEqual({
      nameEn: 'Aoba Elementary area',
    });
  });

  it('takes codes as the API does: lower-case letters, digits and hyphens, not starting with a hyphen', () => {
    expect(namesProblem('newArea', 'code', 'midori-kita')).toBeNull();
    expect(namesProblem('newArea', 'code', 'Midori')).toBe('code');
    expect(namesProblem('newArea', 'code', '-midori')).toBe('code');
    expect(namesProblem('newArea', 'code', 'm')).toBe('code');
    expect(namesProblem('newArea', 'code', 'midori kita')).toBe('code');
    // A rename has no code field at all.
    expect(namesProblem('renameArea', 'code', '')).toBeNull();
  });

  it("refuses a center name another center already has (areas are tied to the center's name)", () => {
    const taken = ['青葉地区ボランティアセンター'];
    expect(namesProblem('newCenter', 'nameJa', ' 青葉地区ボランティアセンター ', taken)).toBe('taken');
    expect(namesProblem('newCenter', 'nameJa', '緑地区ボランティアセンター', taken)).toBeNull();
    expect(namesProblems('renameCenter', renameDraftOf(aoba), [])).toEqual([]);
  });

  it('wants readings in kana and names of at most 100 characters', () => {
    expect(namesProblem('newArea', 'nameKana', 'Midori')).toBe('kana');
    expect(namesProblem('newArea', 'nameJa', 'あ'.repeat(NAME_MAX_LENGTH + 1))).toBe('tooLong');
  });

  it('sends trimmed names, and the kind only for a new center', () => {
    expect(toCenterRequest(midori)).toEqual({
      code: 'district-midori',
      kind: 'district',
      nameJa: '緑地区ボランティアセンター',
      nameKana: 'みどりちくぼらんてぃあせんたー',
      nameEn: 'Midori District Volunteer Center',
    });
    expect(toCenterRequest({ ...midori, kind: 'disaster' }).kind).toBe('disaster');
    expect(toAreaRequest(midori)).not.toHaveProperty('kind');
  });
});
