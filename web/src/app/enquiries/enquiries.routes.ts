import type { Routes } from '@angular/router';

/** /volunteer/…: the would-be volunteer's journey. Titles are translation keys. */
export const enquiryRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'enquiry' },
  {
    path: 'enquiry',
    title: 'titles.enquiry',
    loadComponent: () => import('./feature/enquiry-form.page').then((m) => m.EnquiryFormPage),
  },
  {
    path: 'enquiry/thanks',
    title: 'titles.thanks',
    loadComponent: () => import('./feature/enquiry-thanks.page').then((m) => m.EnquiryThanksPage),
  },
];
