/** Route paths shared by the API controllers, the web client and the tests. */
export const API_PREFIX = 'api';

export const ApiRoutes = {
  health: 'health',
  areas: 'areas',
  volunteerEnquiries: 'volunteer-enquiries',
  accounts: 'accounts',
  verifyEmail: 'accounts/verify-email',
  sessions: 'sessions',
  currentSession: 'sessions/current',
  me: 'me',
  passwordResets: 'password-resets',
  passwordResetConfirm: 'password-resets/confirm',
  myData: 'me/data',
  myConsents: 'me/consents',
  people: 'people',
  peopleDuplicateCheck: 'people/duplicate-check',
  centers: 'centers',
  auditLog: 'audit-log',
  staffGrants: 'staff-grants',
  organisations: 'organisations',
  myOrganisations: 'me/organisations',
  mySkillProfile: 'me/skill-profile',
  skillSearch: 'skills/search',
  skillListing: 'skills/listing',
  skillFigures: 'skills/figures',
  skillExport: 'skills/export',
  skillImports: 'skills/imports',
  requests: 'requests',
  organisationRequests: 'requests/organisation',
  requestIntake: 'requests/intake',
  /** The mailed offer link's answer page talks to this (no login). */
  offerResponse: 'offers/respond',
  matches: 'matches',
  requestsForYou: 'me/requests-for-you',
  myMatches: 'me/matches',
  activityFigures: 'activities/figures',
} as const;

export function apiPath(route: (typeof ApiRoutes)[keyof typeof ApiRoutes]): string {
  return `/${API_PREFIX}/${route}`;
}
