import { ownWordsTerms } from './own-words-terms';
import { requestLookups } from './prepare-request';
import { normalizeJapanese } from './normalize-japanese';

describe('ownWordsTerms', () => {
  it('finds two-character words the trigram index cannot look up', () => {
    expect(ownWordsTerms(['お部屋の掃除ができます'])).toContain('掃除');
    expect(ownWordsTerms(['草むしりが得意です'])).toContain('草むしり');
  });

  it('normalises as the search does: ｽﾏﾎ and スマホ are one word', () => {
    expect(ownWordsTerms(['ｽﾏﾎの使い方を教えられます'])).toEqual(ownWordsTerms(['スマホの使い方を教えられます']));
    expect(ownWordsTerms(['ｽﾏﾎの使い方を教えられます'])).toContain(normalizeJapanese('スマホ'));
  });

  it('leaves out words that only count when they stand alone (庭 in 家庭)', () => {
    expect(ownWordsTerms(['家庭料理を作れます'])).not.toContain('庭');
  });

  it('does not join the words of two skills', () => {
    expect(ownWordsTerms(['お茶の掃', '除'])).not.toContain('掃除');
    expect(ownWordsTerms([])).toEqual([]);
    expect(ownWordsTerms(['', '  '])).toEqual([]);
  });

  // The pre-filter's promise: a request's needle is in the own words exactly when it is among their terms.
  it.each([
    ['庭の草取りのお手伝い', ['garden-work'], ['庭の草むしりと落ち葉拾いができます', 'パソコン']],
    ['お部屋の掃除', ['housework'], ['台所や部屋の掃除', '窓ふき']],
    ['視覚障害のある方の外出の付き添い', ['guide-help'], ['ガイドヘルパーとして外出の付き添いをしています']],
    ['英語の通訳', ['interpreting-translation'], ['英語で通訳できます', '翻訳']],
    ['引っ越しの荷物運び', [], ['力仕事なら任せてください、荷物運びも']],
  ])('agrees with a plain substring test for 「%s」', (text, categoryCodes, ownWords) => {
    const terms = new Set(ownWordsTerms(ownWords));
    const needles = requestLookups({ text, categoryCodes }).words;
    for (const needle of needles) {
      const inOwnWords = ownWords.some((words) => normalizeJapanese(words).includes(needle));
      expect({ needle, found: terms.has(needle) }).toEqual({ needle, found: inOwnWords });
    }
    expect([...terms].some((term) => needles.includes(term))).toBe(true);
  });
});

describe('requestLookups', () => {
  it('looks for the request’s categories, those its text names, and the words the engine looks for', () => {
    const text = '庭の草取り\n土曜日の午前に、庭の草取りをお願いします';
    expect(requestLookups({ text, categoryCodes: [] }).categoryCodes).toEqual(['garden-work']);
    const given = requestLookups({ text, categoryCodes: ['heavy-lifting'] });
    expect(given.categoryCodes).toEqual(['heavy-lifting', 'garden-work']);
    expect(given.words).toContain('草取り');
    // One-character words only count alone: 庭 would find 家庭.
    expect(given.words).not.toContain('庭');
  });
});
