/**
 * The text of a volunteer register (名簿) as Excel saves it: 「CSV UTF-8」 (with a BOM), a plain
 * UTF-8 file (without one), or 「CSV (コンマ区切り)」, which Japanese Excel writes in Shift_JIS
 * (Windows-31J: NEC and IBM extensions such as ① and 髙 included).
 */
export type RegisterEncoding = 'utf-8-bom' | 'utf-8' | 'shift_jis';

export interface DecodedRegister {
  text: string;
  encoding: RegisterEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * A BOM means UTF-8; otherwise the bytes are read as UTF-8 if they are valid UTF-8, and as
 * Shift_JIS if not. Shift_JIS text is almost never valid UTF-8, so the guess is safe; a file in
 * neither encoding gives null. So does a NUL byte, which no CSV Excel writes has (UTF-16 text and
 * binary files do) and which PostgreSQL cannot store.
 */
export function decodeRegister(bytes: Uint8Array): DecodedRegister | null {
  if (bytes.includes(0)) return null;
  if (UTF8_BOM.every((byte, index) => bytes[index] === byte)) {
    const text = decodeStrict('utf-8', bytes.subarray(UTF8_BOM.length));
    return text === null ? null : { text, encoding: 'utf-8-bom' };
  }
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // The WHATWG decoder's Shift_JIS is Windows-31J (what Excel writes), from Node's ICU data.
  const sjis = decodeStrict('shift_jis', bytes);
  return sjis === null ? null : { text: sjis, encoding: 'shift_jis' };
}

function decodeStrict(encoding: 'utf-8' | 'shift_jis', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
