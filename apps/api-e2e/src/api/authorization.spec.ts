import { call, registration, verifyOrganization } from '../support/api';

/**
 * The authorization matrix: every route of the server's own OpenAPI document, called by anonymous
 * and by every role, with a nonexistent id and an empty body. Who may call a route is written
 * once, here; a route missing from the table (or a table row for a route that is gone) fails.
 *
 *   public     anyone, also anonymous
 *   signed-in  any role; item-level rules may still answer 403/404
 *   [roles]    only these roles; any other role gets 403, anonymous 401
 */
type Who = 'public' | 'signed-in' | Role[];
type Role = 'researcher' | 'enterprise' | 'broker' | 'staff';
const ROLES: Role[] = ['researcher', 'enterprise', 'broker', 'staff'];

const MATRIX: Record<string, Who> = {
  'GET /api/health': 'public',
  'POST /api/auth/register': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/me': 'signed-in',
  // the organization's own routes: any member; changes are the admin's (403 for other members)
  'GET /api/organizations/mine': 'signed-in',
  'GET /api/organizations/mine/members': 'signed-in',
  'DELETE /api/organizations/mine/members/{userId}': 'signed-in',
  'POST /api/organizations/mine/admin': 'signed-in',
  'POST /api/organizations/mine/invitations': 'signed-in',
  'GET /api/organizations/mine/invitations': 'signed-in',
  'DELETE /api/organizations/mine/invitations/{id}': 'signed-in',
  'GET /api/organizations/verification-queue': ['staff'],
  'POST /api/organizations/{id}/verify': ['staff'],
  'GET /api/config': 'public',
  'GET /api/audit': ['staff'],
  'GET /api/notifications': 'signed-in',
  'POST /api/notifications/{id}/read': 'signed-in',

  'POST /api/achievements': ['researcher'],
  'GET /api/achievements': 'public',
  'GET /api/achievements/mine': 'signed-in',
  'GET /api/achievements/review-queue': ['staff'],
  'GET /api/achievements/{id}': 'public',
  'PATCH /api/achievements/{id}': 'signed-in',
  'POST /api/achievements/{id}/submit': 'signed-in',
  'POST /api/achievements/{id}/review': ['staff'],
  'POST /api/achievements/review-batch': ['staff'],
  'POST /api/achievements/{id}/archive': 'signed-in',
  'POST /api/needs': ['enterprise'],
  'GET /api/needs': 'public',
  'GET /api/needs/mine': 'signed-in',
  'GET /api/needs/review-queue': ['staff'],
  'GET /api/needs/{id}': 'public',
  'PATCH /api/needs/{id}': 'signed-in',
  'POST /api/needs/{id}/submit': 'signed-in',
  'POST /api/needs/{id}/review': ['staff'],
  'POST /api/needs/review-batch': ['staff'],
  'POST /api/needs/{id}/archive': 'signed-in',

  'GET /api/needs/{id}/matches': 'signed-in',
  'GET /api/achievements/{id}/matches': 'signed-in',
  'GET /api/matches/workbench': ['broker', 'staff'],

  'POST /api/auctions': ['staff'],
  'GET /api/auctions': 'public',
  'GET /api/auctions/{id}': 'public',
  'POST /api/auctions/{id}/registrations': ['enterprise'],
  'GET /api/auctions/{id}/registrations': ['staff'],
  'GET /api/auctions/{id}/registrations/mine': ['enterprise'],
  'POST /api/auctions/{id}/registrations/{regId}/confirm-deposit': ['staff'],
  'GET /api/lots/{id}': 'public',
  'POST /api/lots/{id}/bids': 'signed-in',
  'GET /api/lots/{id}/bids': 'public',
  'GET /api/lots/{id}/bids/verify': 'public',
  'GET /api/lots/{id}/confirmation': 'signed-in',

  'POST /api/roadshows': ['staff'],
  'GET /api/roadshows': 'public',
  'GET /api/roadshows/mine': 'signed-in',
  'GET /api/roadshows/mine/calendar-link': 'signed-in',
  'GET /api/roadshows/calendar/{token}.ics': 'public',
  'GET /api/roadshows/{id}/calendar.ics': 'public',
  'GET /api/roadshows/{id}': 'public',
  'PATCH /api/roadshows/{id}': ['staff'],
  'POST /api/roadshows/{id}/cancel': ['staff'],
  'POST /api/roadshows/{id}/slots': 'signed-in',
  'POST /api/roadshows/{id}/slots/{slotId}/approve': ['staff'],
  'POST /api/roadshows/{id}/slots/{slotId}/reject': ['staff'],
  'POST /api/roadshows/{id}/registrations': 'signed-in',
  'GET /api/roadshows/{id}/registrations': ['staff'],
  'DELETE /api/roadshows/{id}/registrations/mine': 'signed-in',
  'POST /api/roadshows/{id}/attendance': ['staff'],

  'POST /api/deals': ['broker', 'staff'],
  'GET /api/deals': 'signed-in',
  'GET /api/deals/{id}': 'signed-in',
  'POST /api/deals/{id}/advance': 'signed-in',
  // a member of either party (item-level: 403 for others who can see the deal)
  'POST /api/deals/{id}/confirm': 'signed-in',
  'POST /api/deals/{id}/revoke-registration': ['staff'],
  'PUT /api/deals/{id}/broker': ['staff'],
  'GET /api/stats/transactions': 'public',
  'GET /api/stats/transactions.csv': ['staff'],
  'PUT /api/stats/targets/{year}': ['staff'],
  'PUT /api/brokers/me/profile': ['broker'],
  'GET /api/brokers/{id}': 'public',
  'GET /api/brokers': ['staff'],

  'GET /api/portal': 'public',
  'GET /api/announcements': 'public',
  'GET /api/announcements/{id}': 'public',
  'POST /api/announcements': ['staff'],
  'PATCH /api/announcements/{id}': ['staff'],
  'DELETE /api/announcements/{id}': ['staff'],
  'GET /api/me/todo': 'signed-in',
  'GET /api/me/notification-settings': 'signed-in',
  'PUT /api/me/notification-settings': 'signed-in',
  'GET /api/mail/unsubscribe': 'public',
  'POST /api/mail/unsubscribe': 'public',

  // 揭榜挂帅: enterprises and staff publish; research teams and enterprises apply; who sees the
  // applications, scores and awards is the challenge's rule (403/404 for the rest of the signed-in)
  'POST /api/challenges': ['enterprise', 'staff'],
  'GET /api/challenges': 'public',
  'GET /api/challenges/mine': 'signed-in',
  'GET /api/challenges/applications/mine': 'signed-in',
  'GET /api/challenges/review-queue': ['staff'],
  'GET /api/challenges/stats': 'public',
  'GET /api/challenges/{id}': 'public',
  'PATCH /api/challenges/{id}': 'signed-in',
  'POST /api/challenges/{id}/submit': 'signed-in',
  'POST /api/challenges/{id}/review': ['staff'],
  'POST /api/challenges/{id}/archive': 'signed-in',
  'POST /api/challenges/{id}/applications': ['researcher', 'enterprise'],
  'GET /api/challenges/{id}/applications': 'signed-in',
  'GET /api/challenges/{id}/applications/mine': 'signed-in',
  'POST /api/challenges/{id}/reviewers': ['staff'],
  'GET /api/challenges/{id}/reviewers': 'signed-in',
  'PUT /api/challenges/{id}/applications/{appId}/score': 'signed-in',
  'GET /api/challenges/{id}/ranking': 'signed-in',
  'POST /api/challenges/{id}/award': 'signed-in',
  'POST /api/challenges/{id}/objections': 'signed-in',
  'GET /api/challenges/{id}/objections': 'signed-in',
  'POST /api/challenges/{id}/objections/{oid}/resolve': ['staff'],
  'POST /api/challenges/{id}/fail': ['staff'],
};

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const tokens: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  const orgKind: Record<Exclude<Role, 'staff'>, string> = { researcher: 'university', enterprise: 'enterprise', broker: 'agency' };
  for (const role of ['researcher', 'enterprise', 'broker'] as const) {
    const res = await call<{ accessToken: string; user: { organization: { id: string } } }>('POST', '/api/auth/register', { body: registration({ role, organization: { name: `权限矩阵${role}${Date.now()}`, kind: orgKind[role] } }) });
    expect(res.status).toBe(201);
    // verified, so that what the matrix sees is the role rule, not the verification rule
    await verifyOrganization(res.body.user.organization.id);
    tokens[role] = res.body.accessToken;
  }
  const staff = await call<{ accessToken: string }>('POST', '/api/auth/login', { body: { email: process.env['E2E_STAFF_EMAIL'], password: process.env['E2E_STAFF_PASSWORD'] } });
  expect(staff.status).toBe(200);
  tokens.staff = staff.body.accessToken;
});

async function routes(): Promise<string[]> {
  const doc = await call<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/docs-json');
  expect(doc.status).toBe(200);
  return Object.entries(doc.body.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
}

describe('authorization matrix', () => {
  it('names every route of the OpenAPI document, and only those', async () => {
    expect((await routes()).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('answers 401 / 403 exactly as the matrix says, and never 5xx', async () => {
    const problems: string[] = [];
    for (const route of await routes()) {
      const who = MATRIX[route];
      if (!who) continue; // reported by the test above
      const [method, template] = route.split(' ');
      const path = template.replace(/\{[^}]+\}/g, NO_SUCH_ID);
      const body = ['POST', 'PATCH', 'PUT'].includes(method) ? {} : undefined;
      const callers: Array<Role | 'anonymous'> = ['anonymous', ...ROLES];
      for (const caller of callers) {
        const res = await call(method, path, { body, token: caller === 'anonymous' ? undefined : tokens[caller] });
        const allowed = who === 'public' || (caller !== 'anonymous' && (who === 'signed-in' || who.includes(caller)));
        let ok: boolean;
        if (res.status >= 500) ok = false;
        else if (caller === 'anonymous' && who !== 'public') ok = res.status === 401;
        else if (!allowed) ok = res.status === 403;
        else if (who === 'signed-in') ok = res.status !== 401;
        else ok = res.status !== 401 && res.status !== 403;
        if (!ok) problems.push(`${route} as ${caller}: ${res.status}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
