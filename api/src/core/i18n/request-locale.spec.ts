import { localeFromAcceptLanguage } from './request-locale';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'ja'],
    ['', 'ja'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    ['fr-FR,en;q=0.5,ja;q=0.8', 'ja'],
    ['fr,de', 'ja'],
    ['ja;q=0,en', 'en'],
  ])('answers %p with %p', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
