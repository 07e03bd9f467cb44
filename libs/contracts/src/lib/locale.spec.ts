import { apiPath, ApiRoutes } from './api-routes';
import { isLocale } from './locale';

describe('contracts', () => {
  it('accepts only the languages the UI and mails are written in', () => {
    expect(isLocale('ja')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('builds the API paths the web client calls', () => {
    expect(apiPath(ApiRoutes.volunteerEnquiries)).toBe('/api/volunteer-enquiries');
  });
});
