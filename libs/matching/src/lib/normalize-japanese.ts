/**
 * Japanese text normalisation for search and matching.
 *
 * `normalizeJapanese` turns free text (a skill, a request, a person's name) into a search key so
 * that the ways people actually type the same word compare equal: ｽﾏﾎ / スマホ / すまほ,
 * ＡＢＣ / abc, ボランティア / ボランテイア, コンピューター / コンピュータ.
 * The key is for comparing, never for showing to a person.
 *
 * Pure and allocation-light: every table and pattern below is built once, at module load.
 */

/** FOLD value for a code unit dropped from the search key. */
const REMOVE = 0;
/** FOLD value for a code unit spelled out as two (see VOICED_W_ROW). */
const EXPAND = 1;

/** ヷ ヸ ヹ ヺ have no hiragana letter: spell them as the kana plus the combining voiced mark, which
 *  is also what わ゛, ゐ゛ … become, so both spellings give the same key. */
const VOICED_W_ROW: ReadonlyMap<number, string> = new Map([
  [0x30f7, '\u308f\u3099'],
  [0x30f8, '\u3090\u3099'],
  [0x30f9, '\u3091\u3099'],
  [0x30fa, '\u3092\u3099'],
]);

/**
 * One-to-one fold for every UTF-16 code unit, applied after NFKC and lower-casing.
 * Surrogates map to themselves, so characters outside the BMP pass through unchanged.
 */
const FOLD: Uint16Array = buildFoldTable();

/** Stand-alone ゛ ゜ become the combining marks before NFKC, so か゛ composes to が like ｶﾞ does. */
const SPACING_VOICED_MARKS = /[\u309b\u309c]/g;

/** A run of half-width katakana (ｽﾏﾎ, ﾀﾞ): NFKC widens it and joins ﾞ ﾟ onto the kana. */
const HALF_WIDTH_KANA_RUN = /[\uff65-\uff9f]+/g;

const HIRAGANA_TO_KATAKANA = /[\u3041-\u3096\u309d\u309e]/g;
const KATAKANA_TO_HIRAGANA = /[\u30a1-\u30f6\u30fd\u30fe]/g;

/** ふりがな: hiragana, katakana (full- or half-width), ー, ・, iteration marks, voiced marks,
 *  spaces. ・ is allowed because it separates the parts of a foreign name (ジョン・スミス). */
const KANA_READING = /^[\u3099-\u309f\u3041-\u3096\u30a0-\u30ff\u31f0-\u31ff\uff65-\uff9f \u3000]+$/;
/** …and at least one kana letter, so 「ー」 or 「・」 alone is not a reading. */
const KANA_LETTER = /[\u3041-\u3096\u30a1-\u30fa\u31f0-\u31ff\uff66-\uff6f\uff71-\uff9d]/;

/**
 * The search key form of `text`.
 *
 * - Unicode NFKC: full-width ASCII → ASCII, half-width katakana → katakana, ① → 1, ㈱ → (株).
 * - Latin (and any cased script) lower-cased.
 * - Katakana folded to hiragana (ヴ → ゔ, ヽヾ → ゝゞ); other iteration marks (々 ゝ ゞ) kept.
 * - Small kana folded to their large forms (ぁ → あ, っ → つ, ゃ → や, ゎ → わ, ヵ → か, ヶ → け),
 *   so ボランティア and ボランテイア match.
 * - ー removed with the hyphens and tildes it is mistyped as (so 090-1234-5678 = 09012345678).
 * - Whitespace (incl. U+3000) and common punctuation removed.
 */
export function normalizeJapanese(text: string): string {
  // ー and its look-alikes (－ ― ‐ ｰ ～ 〜 -) are dropped: コンピュータ finds コンピューター.
  const input = text.includes('\u309b') || text.includes('\u309c') ? text.replace(SPACING_VOICED_MARKS, spacingToCombiningMark) : text;
  const s = input.normalize('NFKC').toLowerCase();

  let out = '';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const folded = FOLD[code];
    if (folded === code) continue;
    // Copy the unchanged run before this code unit in one slice, then the replacement.
    if (runStart < i) out += s.slice(runStart, i);
    runStart = i + 1;
    if (folded === REMOVE) continue;
    out += folded === EXPAND ? (VOICED_W_ROW.get(code) ?? '') : String.fromCharCode(folded);
  }
  return runStart === 0 ? s : runStart < s.length ? out + s.slice(runStart) : out;
}

/** Katakana (full- or half-width) → hiragana; everything else unchanged. ﾔﾏﾀﾞ → やまだ. */
export function toHiragana(text: string): string {
  return widenHalfWidthKana(text).replace(KATAKANA_TO_HIRAGANA, shiftBy(-0x60));
}

/** Hiragana → katakana, half-width katakana widened; everything else unchanged. */
export function toKatakana(text: string): string {
  return widenHalfWidthKana(text).replace(HIRAGANA_TO_KATAKANA, shiftBy(0x60));
}

/**
 * True when `text` can be a ふりがな: only hiragana / katakana (full- or half-width), ー, ・ and
 * spaces, with at least one kana letter. 山田, yamada and the empty string are not readings.
 */
export function isKanaReading(text: string): boolean {
  return KANA_READING.test(text) && KANA_LETTER.test(text);
}

const HAN = /\p{Script=Han}/u;

/**
 * A name needs a ふりがな only when it has kanji: 山田 花子 does, やまだ はなこ and Maria Santos
 * do not (staff can read them as written, and a visitor who cannot type kana is not turned away).
 */
export function nameNeedsReading(name: string): boolean {
  return HAN.test(name);
}

function widenHalfWidthKana(text: string): string {
  return text.replace(HALF_WIDTH_KANA_RUN, (run) => run.normalize('NFKC'));
}

function shiftBy(offset: number): (ch: string) => string {
  return (ch) => String.fromCharCode(ch.charCodeAt(0) + offset);
}

function spacingToCombiningMark(mark: string): string {
  return mark === '\u309b' ? '\u3099' : '\u309a';
}

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = c;

  // Small kana → large. ヶ → け (its large form), so 緑ヶ丘 finds 緑ケ丘; ヵ → か, so 一ヵ月 finds 一か月.
  const small = 'ぁぃぅぇぉっゃゅょゎゕゖ';
  const large = 'あいうえおつやゆよわかけ';
  for (let i = 0; i < small.length; i++) table[small.charCodeAt(i)] = large.charCodeAt(i);
  // Small katakana for Ainu (ㇰ..ㇿ) → large hiragana.
  const ainuSmall = 'ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ';
  const ainuLarge = 'くしすとぬはひふへほむらりるれろ';
  for (let i = 0; i < ainuSmall.length; i++) {
    table[ainuSmall.charCodeAt(i)] = ainuLarge.charCodeAt(i);
  }

  // Katakana ァ..ヶ → hiragana, then through the small-kana fold (ィ → ぃ → い, ヴ → ゔ);
  // the iteration marks ヽヾ → ゝゞ.
  for (let c = 0x30a1; c <= 0x30f6; c++) table[c] = table[c - 0x60];
  table[0x30fd] = 0x309d;
  table[0x30fe] = 0x309e;
  // ヷ ヸ ヹ ヺ: marked here, spelled out from VOICED_W_ROW.
  for (const c of VOICED_W_ROW.keys()) table[c] = EXPAND;

  const removed = [
    // Whitespace, as JavaScript's \s plus the zero-width characters that sneak in from pasted text.
    '\t\n\v\f\r \u0085\u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008',
    '\u2009\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff',
    // The long-vowel mark and what it is mistyped as (after NFKC: ｰ → ー, － → -, ～ → ~).
    'ー-\u2010\u2011\u2012\u2013\u2014\u2015\u2212~\u301c\u3030',
    // Punctuation (after NFKC: （）！？，． → ()!?,. and ｢｣､｡･ → 「」、。・).
    '・、。「」『』()[]{}【】〔〕〈〉《》〖〗〘〙,.!?:;\'"‘’“”`゠\u00b7',
  ].join('');
  for (let i = 0; i < removed.length; i++) table[removed.charCodeAt(i)] = REMOVE;

  return table;
}
