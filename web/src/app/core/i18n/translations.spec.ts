import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConsentPurpose, CURRENT_CONSENT_VERSION, LOCALES } from '@tsunagu/contracts';

type Tree = { [key: string]: string | Tree };

function load(lang: string): Map<string, string> {
  const tree = JSON.parse(readFileSync(join(__dirname, '../../../../public/i18n', `${lang}.json`), 'utf8')) as Tree;
  const flat = new Map<string, string>();
  const walk = (node: Tree, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') flat.set(path, value);
      else walk(value, path);
    }
  };
  walk(tree, '');
  return flat;
}

const params = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  const files = new Map(LOCALES.map((lang) => [lang, load(lang)]));
  const ja = files.get('ja') as Map<string, string>;

  it.each(LOCALES)('%s has every key Japanese has, with the same placeholders, and no extra ones', (lang) => {
    const other = files.get(lang) as Map<string, string>;
    expect([...other.keys()].sort()).toEqual([...ja.keys()].sort());
    for (const [key, text] of ja) expect({ key, params: params(other.get(key) ?? '') }).toEqual({ key, params: params(text) });
  });

  it.each(LOCALES)('%s words the purpose of use for the consent version the API expects', (lang) => {
    const version = CURRENT_CONSENT_VERSION[ConsentPurpose.VolunteerEnquiry];
    const prefix = `consent.${ConsentPurpose.VolunteerEnquiry}.${version}`;
    for (const part of ['title', 'intro', 'useReply', 'useIntroduce', 'keep']) {
      expect(files.get(lang)?.get(`${prefix}.${part}`)).toBeTruthy();
    }
  });

  /** The parts each consent's wording must have, per purpose (the pages look them up by version). */
  const CONSENT_PARTS = {
    [ConsentPurpose.AccountRegistration]: ['title', 'intro', 'useLogin', 'useActivities', 'useContact', 'useStatistics', 'keep', 'agree'],
    [ConsentPurpose.SensitiveData]: ['title', 'text', 'who', 'why', 'agree'],
    [ConsentPurpose.ShareContactOnMatch]: ['title', 'text', 'why', 'agree'],
  };

  it.each(LOCALES)('%s words every signup consent for the version the API expects', (lang) => {
    for (const [purpose, parts] of Object.entries(CONSENT_PARTS)) {
      const prefix = `consent.${purpose}.${CURRENT_CONSENT_VERSION[purpose as keyof typeof CONSENT_PARTS]}`;
      for (const part of parts)
        expect({ key: `${prefix}.${part}`, text: files.get(lang)?.get(`${prefix}.${part}`) }).toEqual({
          key: `${prefix}.${part}`,
          text: expect.any(String),
        });
    }
  });
});
