/**
 * Finding known phrases (taxonomy aliases, language names) in free Japanese text.
 *
 * Japanese has no spaces, so the text is scanned for phrases rather than split into words:
 * both the text and the phrases go through `normalizeJapanese`, so ｽﾏﾎ, すまほ and スマホ are one
 * phrase. Intl.Segmenter supplies the word edges that normalising removes; they keep short
 * phrases from firing inside longer words (庭 in 家庭, PC in PCR) and tell a whole-word match
 * from a match inside a longer word.
 */
import { normalizeJapanese } from './normalize-japanese';

/** One segmenter for the module: building one per call is the slow part of segmenting. */
const WORDS = new Intl.Segmenter('ja', { granularity: 'word' });

/** Free text prepared once for any number of scans. */
export interface SearchText {
  /** `normalizeJapanese(text)`. */
  readonly key: string;
  /** `wordEdges[i] === 1` when a word starts or ends at offset `i` of `key`. */
  readonly wordEdges: Uint8Array;
}

export function toSearchText(text: string): SearchText {
  const key = normalizeJapanese(text);
  const wordEdges = new Uint8Array(key.length + 1);
  wordEdges[0] = 1;
  wordEdges[key.length] = 1;

  let joined = '';
  const edges: number[] = [];
  for (const { segment } of WORDS.segment(text)) {
    joined += normalizeJapanese(segment);
    edges.push(joined.length);
  }
  // Normalising word by word gives the whole-text key except in rare cases (a ゛ typed apart from
  // its kana); then the text's two ends are the only edges we can trust.
  if (joined === key) for (const edge of edges) wordEdges[edge] = 1;
  return { key, wordEdges };
}

/** One place a phrase was found. */
export interface PhraseHit<T> {
  /** Offset in the search key (not in the original text). */
  readonly start: number;
  readonly length: number;
  /** True when the match starts and ends on word edges: 草取り in 「庭の草取りを」. */
  readonly wholeWord: boolean;
  /** Everything registered under this phrase, each with the phrase as it was written. */
  readonly entries: readonly PhraseEntry<T>[];
}

export interface PhraseEntry<T> {
  readonly phrase: string;
  readonly value: T;
}

const LATIN_OR_DIGITS = /^[a-z0-9]+$/;
const KANA_ONLY = /^[\u3041-\u309f]+$/;

/**
 * Phrases so short that they are common inside unrelated words only count as whole words:
 * one character (庭 in 家庭), two kana (ねこ in ねころぶ), Latin (pc in pcr, line in online).
 */
export function mustBeWholeWord(key: string): boolean {
  return key.length === 1 || LATIN_OR_DIGITS.test(key) || (key.length === 2 && KANA_ONLY.test(key));
}

interface IndexedPhrase<T> {
  readonly wholeWordOnly: boolean;
  readonly entries: PhraseEntry<T>[];
}

/**
 * Phrases mapped to values, scanned leftmost-longest: at each position the longest phrase wins
 * and the scan continues after it, so 草むしり is one hit (not 草 + むしり) and 手話通訳 is not
 * also 通訳.
 */
export class PhraseIndex<T> {
  private readonly byKey = new Map<string, IndexedPhrase<T>>();
  /** Distinct phrase lengths, longest first: the only substring lengths worth looking up. */
  private lengths: number[] = [];

  /**
   * @param sameValue decides when a value is already registered under a phrase (two spellings
   *   with one key, such as ごみ出し and ゴミ出し, keep the first).
   */
  constructor(private readonly sameValue: (a: T, b: T) => boolean) {}

  add(phrase: string, value: T): void {
    const key = normalizeJapanese(phrase);
    if (key === '') return;
    let indexed = this.byKey.get(key);
    if (!indexed) {
      indexed = { wholeWordOnly: mustBeWholeWord(key), entries: [] };
      this.byKey.set(key, indexed);
      if (!this.lengths.includes(key.length)) this.lengths = [...this.lengths, key.length].sort((a, b) => b - a);
    }
    if (!indexed.entries.some((entry) => this.sameValue(entry.value, value))) indexed.entries.push({ phrase, value });
  }

  scan(text: SearchText): PhraseHit<T>[] {
    const { key, wordEdges } = text;
    const hits: PhraseHit<T>[] = [];
    let start = 0;
    while (start < key.length) {
      const hit = this.longestAt(key, wordEdges, start);
      if (hit) {
        hits.push(hit);
        start += hit.length;
      } else {
        start += 1;
      }
    }
    return hits;
  }

  private longestAt(key: string, wordEdges: Uint8Array, start: number): PhraseHit<T> | undefined {
    for (const length of this.lengths) {
      const end = start + length;
      if (end > key.length) continue;
      const indexed = this.byKey.get(key.slice(start, end));
      if (!indexed) continue;
      const wholeWord = wordEdges[start] === 1 && wordEdges[end] === 1;
      if (indexed.wholeWordOnly && !wholeWord) continue;
      return { start, length, wholeWord, entries: indexed.entries };
    }
    return undefined;
  }
}
