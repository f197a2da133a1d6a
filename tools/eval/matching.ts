/**
 * Matching quality on the labelled development set (tools/eval/matching-devset.ts) and on the
 * held-out set (tools/eval/matching-heldout.ts, never tuned against), reported separately.
 *
 *   npm run eval:matching        (builds the API, loads the set into a clean test database)
 *
 * Every item goes through the real API (register, create, submit, approve), then for each need
 * the product's ranking (GET /api/needs/:id/matches) is compared with a baseline: a plain
 * Meilisearch query of the need's title (GET /api/achievements?q=title). Reports nDCG@10 (gain
 * 2^grade − 1) and MRR (first achievement graded 3), and how the new-match threshold splits pairs.
 */
import { creditCode } from '../../apps/api-e2e/src/support/api';
import { ensureServices } from '../dev-services/index.mjs';
import { startServer, E2E_STAFF } from '../test/e2e-server.mjs';
import { DEV_ACHIEVEMENTS, DEV_NEEDS, JUDGMENTS, type DevNeed } from './matching-devset';
import { CROSS_JUDGMENTS, HELDOUT_ACHIEVEMENTS, HELDOUT_JUDGMENTS, HELDOUT_NEEDS } from './matching-heldout';
import { NEW_MATCH_THRESHOLD } from '../../libs/server/matching/src/application/new-match-notifier';

type Json = Record<string, unknown> & { id: string };

const ACHIEVEMENTS = [...DEV_ACHIEVEMENTS, ...HELDOUT_ACHIEVEMENTS];
const NEEDS = [...DEV_NEEDS, ...HELDOUT_NEEDS];
const judgmentsOf = (key: string): Record<string, number> => ({ ...JUDGMENTS[key], ...CROSS_JUDGMENTS[key], ...HELDOUT_JUDGMENTS[key] });
const THRESHOLDS = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

function dcg(grades: number[]): number {
  return grades.slice(0, 10).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

function ndcg(ranked: string[], judged: Record<string, number>): number {
  const ideal = dcg(Object.values(judged).sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((k) => judged[k] ?? 0)) / ideal;
}

function reciprocalRank(ranked: string[], judged: Record<string, number>): number {
  const i = ranked.findIndex((k) => judged[k] === 3);
  return i < 0 || i >= 10 ? 0 : 1 / (i + 1);
}

interface Row {
  need: string;
  ours: number;
  base: number;
  rrOurs: number;
  rrBase: number;
}

interface Evaluation {
  rows: Row[];
  pairs: Array<{ score: number; grade: number }>;
  grade3: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function report(title: string, { rows, pairs, grade3 }: Evaluation): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`\n${title}: ${rows.length} needs\n`);
  out(`${'need'.padEnd(6)} ${'nDCG@10 ours'.padStart(13)} ${'baseline'.padStart(9)} ${'RR ours'.padStart(8)} ${'baseline'.padStart(9)}`);
  for (const r of rows) out(`${r.need.padEnd(6)} ${r.ours.toFixed(3).padStart(13)} ${r.base.toFixed(3).padStart(9)} ${r.rrOurs.toFixed(3).padStart(8)} ${r.rrBase.toFixed(3).padStart(9)}`);
  out(`\n${'mean'.padEnd(6)} ${mean(rows.map((r) => r.ours)).toFixed(3).padStart(13)} ${mean(rows.map((r) => r.base)).toFixed(3).padStart(9)} ${mean(rows.map((r) => r.rrOurs)).toFixed(3).padStart(8)} ${mean(rows.map((r) => r.rrBase)).toFixed(3).padStart(9)}`);
  out('\nthreshold  pairs above  precision (grade ≥ 2)  grade-3 pairs above');
  for (const t of THRESHOLDS) {
    const up = pairs.filter((p) => p.score >= t);
    const g3 = up.filter((p) => p.grade === 3).length;
    const mark = t === NEW_MATCH_THRESHOLD ? '  ← new-match threshold' : '';
    out(`${t.toFixed(2).padStart(9)}  ${String(up.length).padStart(11)}  ${(up.filter((p) => p.grade >= 2).length / Math.max(1, up.length)).toFixed(2).padStart(22)}  ${`${g3} / ${grade3}`.padStart(19)}${mark}`);
  }
}

async function main(): Promise<void> {
  const { env, stop } = await ensureServices({ mode: 'test', log: () => undefined });
  Object.assign(process.env, env);
  const server = await startServer({ name: 'eval_matching', port: 3192, env: { LOG_LEVEL: 'error', REGISTER_RATE_LIMIT: '0' } });
  const call = async (method: string, path: string, body?: unknown, token?: string): Promise<Json> => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Json;
  };
  try {
    const staff = (await call('POST', '/api/auth/login', E2E_STAFF))['accessToken'] as string;
    const tokens = new Map<string, string>();
    const tokenFor = async (org: string, role: 'researcher' | 'enterprise') => {
      const key = `${role}:${org}`;
      if (!tokens.has(key)) {
        const kind = role === 'enterprise' ? 'enterprise' : /研究|院|所/.test(org) && !/大学|学院/.test(org) ? 'institute' : 'university';
        const res = await call('POST', '/api/auth/register', {
          email: `eval-${tokens.size}-${Date.now()}@eval.test`,
          password: 'eval-password',
          name: '评测',
          role,
          organization: { name: org, kind, ...(kind === 'enterprise' ? { creditCode: creditCode() } : {}) },
        });
        // staff verify the organization (机构认证) before its listings can be published
        await call('POST', `/api/organizations/${(res['user'] as { organization: { id: string } }).organization.id}/verify`, { decision: 'approve' }, staff);
        tokens.set(key, res['accessToken'] as string);
      }
      return tokens.get(key) as string;
    };
    const idOf = new Map<string, string>();
    const keyOf = new Map<string, string>();
    const publish = async (path: string, body: unknown, token: string, key: string) => {
      const created = await call('POST', path, body, token);
      await call('POST', `${path}/${created.id}/submit`, undefined, token);
      await call('POST', `${path}/${created.id}/review`, { decision: 'approve' }, staff);
      idOf.set(key, created.id);
      keyOf.set(created.id, key);
    };
    for (const { key, organization, ...a } of ACHIEVEMENTS) await publish('/api/achievements', a, await tokenFor(organization, 'researcher'), key);
    const deadline = new Date(Date.now() + 180 * 24 * 3600 * 1000).toISOString();
    for (const { key, organization, ...n } of NEEDS) await publish('/api/needs', { ...n, deadline }, await tokenFor(organization, 'enterprise'), key);
    // wait until search has everything
    for (let t = 0; ; t++) {
      const [a, n] = await Promise.all([call('GET', '/api/achievements?pageSize=1'), call('GET', '/api/needs?pageSize=1')]);
      if (a['total'] === ACHIEVEMENTS.length && n['total'] === NEEDS.length) break;
      if (t > 300) throw new Error('the index did not catch up in 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }

    const evaluate = async (needs: DevNeed[]): Promise<Evaluation> => {
      const rows: Row[] = [];
      const pairs: Array<{ score: number; grade: number }> = [];
      let grade3 = 0;
      for (const need of needs) {
        const judged = judgmentsOf(need.key);
        const matches = (await call('GET', `/api/needs/${idOf.get(need.key)}/matches?limit=50`, undefined, staff))['items'] as Array<{ achievement: Json; score: number }>;
        const ours = matches.map((m) => keyOf.get(m.achievement.id) as string);
        const base = ((await call('GET', `/api/achievements?q=${encodeURIComponent(need.title)}&pageSize=10`))['items'] as Json[]).map((a) => keyOf.get(a.id) as string);
        if (process.argv.includes('--debug')) {
          const top = matches.slice(0, 6).map((m) => `${keyOf.get(m.achievement.id)}:${judged[keyOf.get(m.achievement.id) as string] ?? 0}@${m.score.toFixed(2)}`);
          const wanted = Object.entries(judged).filter(([, g]) => g >= 2).map(([k, g]) => `${k}(${g})→${ours.indexOf(k) + 1}`);
          process.stdout.write(`${need.key} ${need.title.slice(0, 20)} | top ${top.join(' ')} | wanted at ${wanted.join(' ')}\n`);
        }
        rows.push({ need: need.key, ours: ndcg(ours, judged), base: ndcg(base, judged), rrOurs: reciprocalRank(ours, judged), rrBase: reciprocalRank(base, judged) });
        for (const m of matches) pairs.push({ score: m.score, grade: judged[keyOf.get(m.achievement.id) as string] ?? 0 });
        grade3 += Object.values(judged).filter((g) => g === 3).length;
      }
      return { rows, pairs, grade3 };
    };
    report('development set', await evaluate(DEV_NEEDS));
    report('HELD-OUT set (not tuned against)', await evaluate(HELDOUT_NEEDS));
    process.stdout.write(`\ncorpus: ${ACHIEVEMENTS.length} achievements (${DEV_ACHIEVEMENTS.length} development, ${HELDOUT_ACHIEVEMENTS.length} held-out), ${NEEDS.length} needs\n`);
  } finally {
    await server.stop();
    await stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
