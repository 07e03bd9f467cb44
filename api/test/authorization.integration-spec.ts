import './test-env';
import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '@tsunagu/contracts';
import { DataSource } from 'typeorm';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { Person } from '../src/people/person.entity';
import { centerByCode, signedInClient } from './factories/account.factory';
import { createHttpApp, type RegisteredRoute } from './http-app';
import { type HttpMethod, TestClient } from './test-client';

type Actor = 'anonymous' | 'resident' | 'coordinatorOwnCenter' | 'coordinatorOtherCenter' | 'admin';
/** `pass`: the access rule lets the request through (it may still fail validation, 400). */
type Outcome = 'pass' | 401 | 403;

const ALL_PASS: Record<Actor, Outcome> = {
  anonymous: 'pass',
  resident: 'pass',
  coordinatorOwnCenter: 'pass',
  coordinatorOtherCenter: 'pass',
  admin: 'pass',
};
const SIGNED_IN: Record<Actor, Outcome> = { ...ALL_PASS, anonymous: 401 };
/** Staff routes on the people of a center: the other district's coordinator is refused. */
const STAFF_OWN_CENTER: Record<Actor, Outcome> = {
  anonymous: 401,
  resident: 403,
  coordinatorOwnCenter: 'pass',
  coordinatorOtherCenter: 403,
  admin: 'pass',
};
const STAFF: Record<Actor, Outcome> = { ...STAFF_OWN_CENTER, coordinatorOtherCenter: 'pass' };
const ADMIN_ONLY: Record<Actor, Outcome> = { ...STAFF_OWN_CENTER, coordinatorOwnCenter: 403 };

/**
 * Every API route, who may call it, and what each kind of person gets. Deny by default: a route
 * that is not listed here fails this suite, so no route ships without a decision.
 */
interface RouteRow {
  method: string;
  /** The route as the app registers it. */
  url: string;
  /** The concrete request, for routes with parameters (a person of Aoba's center). */
  request?: (aobaPersonId: string) => string;
  /** A valid body, where input validation would otherwise answer before the center check. */
  body?: () => unknown;
  outcomes: Record<Actor, Outcome>;
}

const ROUTE_TABLE: RouteRow[] = [
  { method: 'GET', url: '/api/health', outcomes: ALL_PASS },
  { method: 'GET', url: '/api/areas', outcomes: ALL_PASS },
  { method: 'POST', url: '/api/volunteer-enquiries', outcomes: ALL_PASS },
  { method: 'POST', url: '/api/accounts', outcomes: ALL_PASS },
  { method: 'POST', url: '/api/accounts/verify-email', outcomes: ALL_PASS },
  { method: 'GET', url: '/api/me', outcomes: SIGNED_IN },
  { method: 'POST', url: '/api/sessions', outcomes: ALL_PASS },
  { method: 'DELETE', url: '/api/sessions/current', outcomes: SIGNED_IN },
  { method: 'DELETE', url: '/api/sessions', outcomes: SIGNED_IN },
  { method: 'POST', url: '/api/password-resets', outcomes: ALL_PASS },
  { method: 'POST', url: '/api/password-resets/confirm', outcomes: ALL_PASS },
  { method: 'GET', url: '/api/centers', outcomes: ALL_PASS },
  { method: 'GET', url: '/api/me/data', outcomes: SIGNED_IN },
  { method: 'DELETE', url: '/api/me', outcomes: SIGNED_IN },
  { method: 'GET', url: '/api/me/consents', outcomes: SIGNED_IN },
  { method: 'POST', url: '/api/me/consents', outcomes: SIGNED_IN },
  { method: 'DELETE', url: '/api/me/consents/:purpose', request: () => '/api/me/consents/sensitive-data', outcomes: SIGNED_IN },
  { method: 'POST', url: '/api/people/duplicate-check', outcomes: STAFF },
  { method: 'POST', url: '/api/people', outcomes: STAFF },
  { method: 'GET', url: '/api/people', outcomes: STAFF },
  {
    method: 'GET',
    url: '/api/people/:id',
    request: (id) => `/api/people/${id}?reason=coordination`,
    outcomes: STAFF_OWN_CENTER,
  },
  {
    method: 'GET',
    url: '/api/people/:id/export',
    request: (id) => `/api/people/${id}/export?reason=persons-request`,
    outcomes: STAFF_OWN_CENTER,
  },
  {
    method: 'DELETE',
    url: '/api/people/:id',
    request: (id) => `/api/people/${id}?reason=persons-request`,
    outcomes: STAFF_OWN_CENTER,
  },
  {
    method: 'POST',
    url: '/api/people/:id/claim-invitation',
    request: (id) => `/api/people/${id}/claim-invitation`,
    body: () => ({ email: `claim.${randomUUID()}@example.jp` }),
    outcomes: STAFF_OWN_CENTER,
  },
  // 名簿の取り込み: any coordinator passes the route; the service checks the center (skills-import.integration-spec.ts).
  // Without a body the upload is 400; the ids here are a person's, so no import: 404.
  { method: 'POST', url: '/api/skills/imports', outcomes: STAFF },
  { method: 'GET', url: '/api/skills/imports/template', outcomes: STAFF },
  { method: 'GET', url: '/api/skills/imports/:id', request: (id) => `/api/skills/imports/${id}`, outcomes: STAFF },
  { method: 'POST', url: '/api/skills/imports/:id/commit', request: (id) => `/api/skills/imports/${id}/commit`, outcomes: STAFF },
  // 特技バンク: the person's own profile; staff proxy entry scoped like GET /api/people/:id.
  { method: 'GET', url: '/api/me/skill-profile', outcomes: SIGNED_IN },
  { method: 'PUT', url: '/api/me/skill-profile', outcomes: SIGNED_IN },
  { method: 'DELETE', url: '/api/me/skill-profile', outcomes: SIGNED_IN },
  {
    method: 'GET',
    url: '/api/people/:id/skill-profile',
    request: (id) => `/api/people/${id}/skill-profile?reason=coordination`,
    outcomes: STAFF_OWN_CENTER,
  },
  {
    method: 'PUT',
    url: '/api/people/:id/skill-profile',
    request: (id) => `/api/people/${id}/skill-profile`,
    body: () => ({ step: 1, submit: false }),
    outcomes: STAFF_OWN_CENTER,
  },
  // Search, export and figures: any coordinator, over the centers they cover (skills.integration-spec.ts).
  { method: 'GET', url: '/api/skills/search', outcomes: STAFF },
  { method: 'GET', url: '/api/skills/export', outcomes: STAFF },
  {
    method: 'GET',
    url: '/api/skills/figures',
    request: () => '/api/skills/figures?from=2026-04&to=2026-06&groupBy=center',
    outcomes: STAFF,
  },
  { method: 'GET', url: '/api/skills/listing', outcomes: ALL_PASS },
  // The id is a person's, not a listing: 404 once signed in.
  {
    method: 'POST',
    url: '/api/skills/listing/:listingId/enquiries',
    request: (id) => `/api/skills/listing/${id}/enquiries`,
    body: () => ({ message: '庭の草取りをお願いできますか。' }),
    outcomes: SIGNED_IN,
  },
  // 依頼: coordinators, groups and residents each see their own (requests.integration-spec.ts). Posting for a
  // group is open to anyone signed in (the service checks the membership: 400); the ids here are a
  // person's, so no request: 404.
  { method: 'GET', url: '/api/requests', request: () => '/api/requests?status=draft', outcomes: SIGNED_IN },
  { method: 'POST', url: '/api/requests/organisation', outcomes: SIGNED_IN },
  { method: 'POST', url: '/api/requests/intake', outcomes: STAFF },
  { method: 'GET', url: '/api/requests/:id', request: (id) => `/api/requests/${id}`, outcomes: SIGNED_IN },
  { method: 'PATCH', url: '/api/requests/:id', request: (id) => `/api/requests/${id}`, outcomes: SIGNED_IN },
  {
    method: 'POST',
    url: '/api/requests/:id/status',
    request: (id) => `/api/requests/${id}/status`,
    body: () => ({ to: 'open' }),
    outcomes: SIGNED_IN,
  },
  // The match flow (matching.integration-spec.ts): any coordinator passes the route and the service
  // checks the request's center (403); the ids here are a person's, so no request or match: 404.
  { method: 'GET', url: '/api/requests/:id/candidates', request: (id) => `/api/requests/${id}/candidates`, outcomes: STAFF },
  {
    method: 'POST',
    url: '/api/requests/:id/offers',
    request: (id) => `/api/requests/${id}/offers`,
    body: () => ({ personIds: [randomUUID()] }),
    outcomes: STAFF,
  },
  {
    method: 'POST',
    url: '/api/requests/:id/phone-agreements',
    request: (id) => `/api/requests/${id}/phone-agreements`,
    body: () => ({ personId: randomUUID() }),
    outcomes: STAFF,
  },
  // 「手伝いを申し出る」: anyone signed in; the service needs an active skills-bank registration (409).
  {
    method: 'POST',
    url: '/api/requests/:id/offers/volunteer',
    request: (id) => `/api/requests/${id}/offers/volunteer`,
    outcomes: SIGNED_IN,
  },
  // The mailed offer link works without logging in: the token is the key (unknown token: 404).
  { method: 'GET', url: '/api/offers/respond', request: () => '/api/offers/respond?token=not-a-token', outcomes: ALL_PASS },
  { method: 'POST', url: '/api/offers/respond', body: () => ({ token: 'not-a-token', answer: 'accept' }), outcomes: ALL_PASS },
  { method: 'GET', url: '/api/me/requests-for-you', outcomes: SIGNED_IN },
  { method: 'GET', url: '/api/me/matches', outcomes: SIGNED_IN },
  { method: 'POST', url: '/api/matches/:id/approve', request: (id) => `/api/matches/${id}/approve`, outcomes: STAFF },
  {
    method: 'POST',
    url: '/api/matches/:id/cancel',
    request: (id) => `/api/matches/${id}/cancel`,
    body: () => ({ reason: '体調不良のため' }),
    outcomes: STAFF,
  },
  // Contacts and activity records: the match's two sides and its center's coordinators (checked by the service).
  { method: 'GET', url: '/api/matches/:id/contacts', request: (id) => `/api/matches/${id}/contacts`, outcomes: SIGNED_IN },
  {
    method: 'POST',
    url: '/api/matches/:id/activity',
    request: (id) => `/api/matches/${id}/activity`,
    body: () => ({ date: '2026-04-01', hours: 2, outcome: 'completed' }),
    outcomes: SIGNED_IN,
  },
  {
    method: 'GET',
    url: '/api/activities/figures',
    request: () => '/api/activities/figures?from=2026-04&to=2026-06',
    outcomes: STAFF,
  },
  { method: 'GET', url: '/api/audit-log', outcomes: ADMIN_ONLY },
  { method: 'POST', url: '/api/centers', outcomes: ADMIN_ONLY },
  { method: 'PATCH', url: '/api/centers/:id', outcomes: ADMIN_ONLY },
  { method: 'POST', url: '/api/centers/:id/areas', outcomes: ADMIN_ONLY },
  { method: 'PATCH', url: '/api/areas/:id', outcomes: ADMIN_ONLY },
  { method: 'GET', url: '/api/staff-grants', outcomes: ADMIN_ONLY },
  { method: 'POST', url: '/api/staff-grants', outcomes: ADMIN_ONLY },
  { method: 'DELETE', url: '/api/staff-grants/:id', outcomes: ADMIN_ONLY },
  { method: 'POST', url: '/api/organisations', outcomes: SIGNED_IN },
  { method: 'GET', url: '/api/me/organisations', outcomes: SIGNED_IN },
  { method: 'GET', url: '/api/organisations', request: () => '/api/organisations?status=pending', outcomes: STAFF },
  // The route lets any coordinator through; the service checks the application's center
  // (organisations.integration-spec.ts). The id here is a person's, so no application: 404.
  {
    method: 'POST',
    url: '/api/organisations/:id/approve',
    request: (id) => `/api/organisations/${id}/approve`,
    outcomes: STAFF,
  },
  {
    method: 'POST',
    url: '/api/organisations/:id/reject',
    request: (id) => `/api/organisations/${id}/reject`,
    outcomes: STAFF,
  },
];

/** Served by Swagger, not by our controllers: the OpenAPI document is public by design. */
const isDocs = (route: RegisteredRoute) => route.url.startsWith('/api/docs');

describe('authorization: every route × every kind of person', () => {
  const routes: RegisteredRoute[] = [];
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createHttpApp(routes);
    await loadDemoData(app.get(DataSource));
  });
  afterAll(() => app.close());

  it('has a decision for every API route the app serves', () => {
    const served = routes
      .filter((route) => route.url.startsWith('/api/') && route.method !== 'HEAD' && !isDocs(route))
      .map((route) => `${route.method} ${route.url}`)
      .sort();
    expect(served).toEqual(ROUTE_TABLE.map((row) => `${row.method} ${row.url}`).sort());
  });

  it.each(ROUTE_TABLE)('$method $url', async ({ method, url, request, body, outcomes }) => {
    // The record under test belongs to Aoba, so Aoba's coordinator is "own center".
    const aoba = await centerByCode(app, 'district-aoba');
    const kawabe = await centerByCode(app, 'district-kawabe');
    const actors: Record<Actor, () => Promise<TestClient>> = {
      anonymous: async () => new TestClient(app),
      resident: async () => (await signedInClient(app, [{ role: Role.Resident }])).client,
      coordinatorOwnCenter: async () => (await signedInClient(app, [{ role: Role.Coordinator, centerId: aoba.id }])).client,
      coordinatorOtherCenter: async () => (await signedInClient(app, [{ role: Role.Coordinator, centerId: kawabe.id }])).client,
      admin: async () => (await signedInClient(app, [{ role: Role.Admin }])).client,
    };
    for (const [actor, expected] of Object.entries(outcomes) as [Actor, Outcome][]) {
      const client = await actors[actor]();
      // A fresh Aoba record for each actor: an earlier actor may have erased the last one.
      const person = await app
        .get(DataSource)
        .getRepository(Person)
        .save({ centerId: aoba.id, name: '青葉 太郎', nameKana: 'あおば たろう' });
      const requestUrl = request ? request(person.id) : url;
      const payload = method === 'GET' || method === 'DELETE' ? undefined : (body?.() ?? {});
      const response = await client.request(method as HttpMethod, requestUrl, payload);
      const outcome: Outcome = response.statusCode === 401 || response.statusCode === 403 ? response.statusCode : 'pass';
      expect({ actor, outcome }).toEqual({ actor, outcome: expected });
      expect(response.statusCode).toBeLessThan(500);
    }
  });
});
