import { InjectionToken } from '@angular/core';

/** How visitors reach the volunteer center by phone. Opening hours and names are in i18n files. */
export interface SiteContact {
  /** As printed: 03-0000-0000. */
  phone: string;
  /** For tel: links, digits only. */
  phoneDigits: string;
}

/**
 * The demo center's number: a placeholder that rings nobody. A real install replaces this
 * (and the center names in web/public/i18n) with its own.
 */
export const SITE_CONTACT = new InjectionToken<SiteContact>('SITE_CONTACT', {
  providedIn: 'root',
  factory: () => ({ phone: '03-0000-0000', phoneDigits: '0300000000' }),
});
