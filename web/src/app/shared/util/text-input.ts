/**
 * What a form checks is exactly what it sends: the API trims every text field, and so do we.
 * An email typed in full-width characters (ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ, common with a Japanese IME)
 * is turned into ASCII rather than refused. Passwords are never cleaned: every character counts.
 */
export function cleanText(value: string): string {
  return value.trim();
}

export function cleanEmail(value: string): string {
  return value.normalize('NFKC').trim();
}

const LOCAL_PART = /^[^\s@"(),:;<>[\]\\]+$/;
const DOMAIN_LABEL = /^[^\s@"(),:;<>[\]\\._]+$/;

/**
 * A plain check that catches the usual slips (no @, a space, 「gmail,com」, a missing dot) without
 * refusing unusual but valid addresses; the API has the last word.
 */
export function isEmailAddress(value: string): boolean {
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  if (!LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const tld = labels[labels.length - 1];
  return (
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label) && !label.startsWith('-') && !label.endsWith('-')) &&
    tld.length >= 2 &&
    !/^\d+$/.test(tld)
  );
}
