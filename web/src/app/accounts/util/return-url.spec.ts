import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each(['/me', '/volunteer/enquiry', '/me?tab=roles', '/me#roles', '/'])('keeps the same-site path %s', (path) =>
    expect(safeReturnUrl(path)).toBe(path),
  );

  it.each([
    'https://evil.example/me',
    '//evil.example/me',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
    'me',
    '',
    ' /me',
  ])('refuses %j, which could lead off the site', (raw) => expect(safeReturnUrl(raw)).toBeNull());

  it('refuses anything that is not one string', () => {
    expect(safeReturnUrl(undefined)).toBeNull();
    expect(safeReturnUrl(['/me', '/x'])).toBeNull();
    expect(safeReturnUrl(`/${'a'.repeat(2001)}`)).toBeNull();
  });

  it('does not send the person back to the login or signup pages', () => {
    expect(safeReturnUrl('/login')).toBeNull();
    expect(safeReturnUrl('/login?returnUrl=/me')).toBeNull();
    expect(safeReturnUrl('/signup/confirm')).toBeNull();
    expect(safeReturnUrl('/password-reset/confirm?token=x')).toBeNull();
    expect(safeReturnUrl('/loginhelp')).toBe('/loginhelp');
  });

  it('normalises dot segments instead of letting them climb out', () => {
    expect(safeReturnUrl('/volunteer/../me')).toBe('/me');
    expect(safeReturnUrl('/../../login')).toBeNull();
  });
});
