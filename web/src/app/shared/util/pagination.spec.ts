import { pageCount, pageItems, pageParam, pageRange } from './pagination';

const numbers = (items: ReturnType<typeof pageItems>) => items.map((item) => (item.kind === 'page' ? item.page : '…'));

describe('pagination', () => {
  it('counts pages, with one page even when nothing was found', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });

  it('shows every page of a short list', () => {
    expect(numbers(pageItems(1, 1))).toEqual([1]);
    expect(numbers(pageItems(2, 4))).toEqual([1, 2, 3, 4]);
  });

  it('leaves out distant pages, but never hides a single page behind a gap', () => {
    expect(numbers(pageItems(6, 20))).toEqual([1, '…', 5, 6, 7, '…', 20]);
    expect(numbers(pageItems(3, 20))).toEqual([1, 2, 3, 4, '…', 20]);
    expect(numbers(pageItems(1, 20))).toEqual([1, 2, '…', 20]);
    expect(numbers(pageItems(20, 20))).toEqual([1, '…', 19, 20]);
  });

  it('says which items a page holds', () => {
    expect(pageRange(1, 20, 45)).toEqual({ from: 1, to: 20 });
    expect(pageRange(3, 20, 45)).toEqual({ from: 41, to: 45 });
    expect(pageRange(1, 20, 0)).toEqual({ from: 0, to: 0 });
  });

  it('reads the page from the address, falling back to the first', () => {
    expect(pageParam('3')).toBe(3);
    expect(pageParam(null)).toBe(1);
    expect(pageParam('0')).toBe(1);
    expect(pageParam('-2')).toBe(1);
    expect(pageParam('2.5')).toBe(1);
    expect(pageParam('abc')).toBe(1);
  });
});
