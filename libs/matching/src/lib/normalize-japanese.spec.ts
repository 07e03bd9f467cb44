import { isKanaReading, nameNeedsReading, normalizeJapanese, toHiragana, toKatakana } from './normalize-japanese';

/** What search does with the key: the text is found when it contains the query. */
function finds(query: string, text: string): boolean {
  return normalizeJapanese(text).includes(normalizeJapanese(query));
}

function expectSameKey(...spellings: string[]): void {
  const keys = spellings.map((s) => normalizeJapanese(s));
  expect(new Set(keys).size).toBe(1);
}

describe('normalizeJapanese', () => {
  it('treats half-width katakana, katakana and hiragana as the same word', () => {
    expectSameKey('ｽﾏﾎ', 'すまほ', 'スマホ');
    expectSameKey('くさとり', 'クサトリ');
    expectSameKey('ｶﾞｲﾄﾞﾍﾙﾊﾟｰ', 'ガイドヘルパー', 'がいどへるぱー');
  });

  it('turns full-width letters and digits into lower-case ASCII', () => {
    expect(normalizeJapanese('ＡＢＣ１２３')).toBe('abc123');
    expectSameKey('ＮＰＯ法人', 'NPO法人', 'npo法人');
  });

  it('ignores spaces, including the full-width space', () => {
    expectSameKey('やまだ　たろう', 'ヤマダタロウ', 'やまだ たろう', ' ヤマダ\tタロウ\n');
    expectSameKey('山田　太郎', '山田太郎');
  });

  it('treats small kana as their large forms, so ボランテイア finds ボランティア', () => {
    expectSameKey('ボランティア', 'ぼらんてぃあ', 'ボランテイア');
    expectSameKey('シャッター', 'しやつたー');
    expectSameKey('一ヵ月', '一カ月', '一か月');
    expectSameKey('緑ヶ丘', '緑ケ丘');
  });

  it('ignores the long-vowel mark and its look-alikes, so コンピュータ finds コンピューター', () => {
    expectSameKey(
      'スマートフォン',
      'すまとふぉん',
      'ｽﾏｰﾄﾌｫﾝ',
      'スマ－トフォン',
      'スマ―トフォン',
      'スマ‐トフォン',
      'スマ～トフォン',
      'スマ〜トフォン',
    );
    expectSameKey('コンピューター', 'コンピュータ');
    expect(finds('09012345678', '電話 090-1234-5678')).toBe(true);
    expect(finds('０９０－１２３４', '090-1234-5678')).toBe(true);
  });

  it('keeps voiced and semi-voiced marks, so different words stay different', () => {
    expect(normalizeJapanese('ばす')).not.toBe(normalizeJapanese('はす'));
    expect(normalizeJapanese('パン')).not.toBe(normalizeJapanese('バン'));
  });

  it('matches ヴ however it was typed', () => {
    expectSameKey('ヴァイオリン', 'ゔぁいおりん', 'ｳﾞｧｲｵﾘﾝ', 'ウ゛ァイオリン');
  });

  it('ignores common punctuation', () => {
    expectSameKey('「草取り」、お願いします。', '草取りお願いします');
    expectSameKey('（株）つなぐ', '(株)つなぐ', '㈱つなぐ', '株つなぐ');
    expectSameKey('見守り・話し相手！？', '見守り話し相手');
  });

  it('keeps iteration marks, in hiragana and katakana alike', () => {
    expect(finds('佐々木', '佐々木 花子')).toBe(true);
    expectSameKey('いすゞ', 'イスヾ');
  });

  it('finds a request by any spelling of a word in it', () => {
    const request = 'お庭の草取り・草刈り（月２回）。スマホの使い方も教えてほしい';
    expect(finds('草刈り', request)).toBe(true);
    expect(finds('月2回', request)).toBe(true);
    expect(finds('ｽﾏﾎ', request)).toBe(true);
    expect(finds('すまほ', request)).toBe(true);
    expect(finds('パソコン', request)).toBe(false);
  });

  it('gives the same key when a stored key is normalised again', () => {
    for (const text of ['ｽﾏﾎ教室', 'ボランティア・センター', 'ＡＢＣ　１２３', 'ワ゛ルツ', '佐々木']) {
      const key = normalizeJapanese(text);
      expect(normalizeJapanese(key)).toBe(key);
    }
  });

  it('leaves text that is already a key, and the empty string, unchanged', () => {
    expect(normalizeJapanese('草取り')).toBe('草取り');
    expect(normalizeJapanese('')).toBe('');
    expect(normalizeJapanese('　・ー　')).toBe('');
  });
});

describe('toHiragana / toKatakana', () => {
  it('accepts ふりがな typed in katakana, including half-width', () => {
    expect(toHiragana('ヤマダ タロウ')).toBe('やまだ たろう');
    expect(toHiragana('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe('やまだ たろう');
    expect(toHiragana('ヴィヴィ')).toBe('ゔぃゔぃ');
  });

  it('converts hiragana to katakana and keeps the long-vowel mark', () => {
    expect(toKatakana('やまだ　たろう')).toBe('ヤマダ　タロウ');
    expect(toKatakana('すーぱー')).toBe('スーパー');
    expect(toKatakana('ﾔﾏﾀﾞ')).toBe('ヤマダ');
  });

  it('leaves kanji, Latin and spaces alone', () => {
    expect(toHiragana('山田 ヤマダ Taro')).toBe('山田 やまだ Taro');
    expect(toKatakana('山田 やまだ Taro')).toBe('山田 ヤマダ Taro');
  });

  it('round-trips a reading', () => {
    expect(toHiragana(toKatakana('すずき はなこ'))).toBe('すずき はなこ');
  });
});

describe('isKanaReading', () => {
  it('accepts ふりがな in hiragana or katakana, with spaces', () => {
    expect(isKanaReading('やまだ たろう')).toBe(true);
    expect(isKanaReading('ヤマダ　タロウ')).toBe(true);
    expect(isKanaReading('すーぱー')).toBe(true);
    expect(isKanaReading('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe(true);
  });

  it('accepts ・ between the parts of a name, as in foreign names written in katakana', () => {
    expect(isKanaReading('ヤマダ・タロウ')).toBe(true);
    expect(isKanaReading('ジョン・スミス')).toBe(true);
  });

  it('refuses kanji, Latin letters, digits and empty input', () => {
    expect(isKanaReading('山田')).toBe(false);
    expect(isKanaReading('やまだ太郎')).toBe(false);
    expect(isKanaReading('yamada')).toBe(false);
    expect(isKanaReading('やまだ1')).toBe(false);
    expect(isKanaReading('')).toBe(false);
    expect(isKanaReading('　')).toBe(false);
    expect(isKanaReading('ー・')).toBe(false);
  });
});

describe('nameNeedsReading', () => {
  it('asks for a reading only when the name has kanji', () => {
    expect(nameNeedsReading('山田 花子')).toBe(true);
    expect(nameNeedsReading('つなぐ 花子')).toBe(true);
    expect(nameNeedsReading('やまだ はなこ')).toBe(false);
    expect(nameNeedsReading('マリア・サントス')).toBe(false);
    expect(nameNeedsReading('Maria Santos')).toBe(false);
  });
});
