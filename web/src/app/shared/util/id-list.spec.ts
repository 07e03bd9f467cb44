import { idList } from './id-list';

describe('idList', () => {
  it('joins the ids that apply, in order', () => {
    expect(idList('name-hint', false, 'name-error')).toBe('name-hint name-error');
  });

  it('gives null (no attribute) when none applies', () => {
    expect(idList(null, undefined, false, '')).toBeNull();
  });
});
