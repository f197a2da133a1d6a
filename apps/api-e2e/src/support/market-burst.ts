/**
 * A busy morning, as the burst test (src/load) and the benchmarks (tools/bench) drive
 * it against a started server: published needs on a dozen topics, many pending achievements that
 * each fit one of them, and a live lot with registered bidders. `runBurst` has staff approve the
 * achievements from many clients at once while the bidders race on the lot and probes time
 * /api/health and a search, and a PostgreSQL probe watches for sessions idle in a transaction.
 */
import { Client } from 'pg';
import { creditCode } from './api';
import { keepAliveClient, type Answer } from './http-client';

/** One need per topic; every achievement of the burst is written on one of them. */
export const TOPICS = [
  { word: '空压机', title: '空压机节能改造', keywords: ['空压机', '节能改造', '变频控制'], field: 'energy_saving', text: '工厂空压机站能耗高，寻求空压机变频控制与余热回收的节能改造技术，降低压缩空气系统电耗。' },
  { word: '充电桩', title: '电动汽车充电桩功率调度', keywords: ['充电桩', '功率调度', '有序充电'], field: 'new_energy', text: '园区充电桩集中充电时变压器过载，寻求充电桩功率调度与有序充电控制技术。' },
  { word: '鞋底胶粘剂', title: '水性鞋底胶粘剂', keywords: ['鞋底胶粘剂', '水性胶', 'VOC减排'], field: 'new_materials', text: '制鞋企业鞋底胶粘剂VOC排放超标，寻求低VOC的水性鞋底胶粘剂配方与涂胶工艺。' },
  { word: '故障电弧', title: '电气火灾故障电弧检测', keywords: ['故障电弧', '电气火灾', '断路器'], field: 'information_technology', text: '老旧小区电气火灾隐患多，寻求故障电弧检测算法与带故障电弧保护的断路器。' },
  { word: '阀门密封', title: '高温阀门密封材料', keywords: ['阀门密封', '高温密封', '石墨填料'], field: 'advanced_manufacturing', text: '高温高压工况下阀门密封泄漏频发，寻求耐高温阀门密封材料与石墨填料结构。' },
  { word: '杨梅保鲜', title: '杨梅采后保鲜', keywords: ['杨梅保鲜', '冷链', '采后处理'], field: 'modern_agriculture', text: '杨梅采后极易腐烂，寻求杨梅保鲜与冷链运输的采后处理技术，延长货架期。' },
  { word: '电机控制器', title: '永磁电机控制器', keywords: ['电机控制器', '永磁同步电机', '矢量控制'], field: 'advanced_manufacturing', text: '水泵厂需要高效永磁同步电机控制器，寻求矢量控制算法与电机控制器硬件方案。' },
  { word: '印染废水', title: '印染废水深度处理', keywords: ['印染废水', '脱色', '中水回用'], field: 'energy_saving', text: '印染企业废水色度高难达标，寻求印染废水脱色与中水回用的深度处理工艺。' },
  { word: '光伏组件', title: '光伏组件清洗机器人', keywords: ['光伏组件', '清洗机器人', '无水清洗'], field: 'new_energy', text: '屋顶光伏电站组件积灰发电量下降，寻求光伏组件无水清洗机器人与自动巡检技术。' },
  { word: '注塑模具', title: '注塑模具随形冷却', keywords: ['注塑模具', '随形冷却', '3D打印'], field: 'advanced_manufacturing', text: '注塑件冷却周期长翘曲多，寻求注塑模具随形冷却水路设计与3D打印模具镶件。' },
  { word: '血糖监测', title: '无创血糖监测', keywords: ['血糖监测', '无创检测', '可穿戴'], field: 'biomedicine', text: '医疗器械企业寻求无创血糖监测传感技术，用于可穿戴设备的连续血糖监测。' },
  { word: '锂电池回收', title: '锂电池回收再生', keywords: ['锂电池回收', '湿法冶金', '梯次利用'], field: 'new_energy', text: '寻求退役锂电池回收的湿法冶金再生工艺与梯次利用检测分选技术。' },
] as const;

export interface Sample {
  ms: number;
  status: number;
}

export interface PreparedMarket {
  staffTokens: string[];
  needs: Array<{ id: string; topic: number; userId: string }>;
  pending: Array<{ id: string; topic: number }>;
  lotId: string;
  bidderTokens: string[];
}

export interface BurstResult {
  /** Approval answered at (ms since epoch), per achievement id. */
  approvedAt: Map<string, number>;
  approvalStatuses: Record<number, number>;
  /** From the first approval sent to the last answered. */
  burstMs: number;
  /** From the first approval sent until the outbox had nothing left to deliver; null if it did not within the timeout. */
  drainedMs: number | null;
  /** Probes and bids run until the outbox has drained. */
  health: Sample[];
  search: Sample[];
  bids: { sent: number; accepted: number; statuses: Record<number, number> };
  /** The longest any of the app's sessions was seen idle in a transaction, in seconds. */
  longestIdleInTransaction: number;
}

const counts = (xs: number[]) => xs.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});

async function inParallel<T>(items: T[], lanes: number, fn: (item: T, lane: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      while (next < items.length) await fn(items[next++], lane);
    }),
  );
}

export function marketClient(base: string, sockets = 64) {
  const client = keepAliveClient(base, sockets);
  let n = 0;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes, read by tests and benchmarks
  const call = async (method: string, path: string, body?: unknown, token?: string, headers: Record<string, string> = {}): Promise<Answer & { json: () => any }> => {
    // a client address of its own per call, so that the registration limit is per caller
    const h: Record<string, string> = { 'X-Forwarded-For': `10.88.${(n >> 8) & 255}.${n++ & 255}`, ...headers };
    if (token) h['Authorization'] = `Bearer ${token}`;
    const res = await client.send(method, path, body, h);
    return { ...res, json: () => JSON.parse(res.body) };
  };
  const ok = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await call(method, path, body, token);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.body.slice(0, 300)}`);
    return res.json();
  };
  return { call, ok, close: client.close };
}

export const achievementOf = (topic: number, n: number) => {
  const t = TOPICS[topic];
  return {
    title: `${t.title}技术成果${n}号`,
    summary: `${t.text.replace('寻求', '本成果提供')}已完成中试验证，可许可或转让。`,
    field: t.field,
    keywords: [...t.keywords],
    maturity: 'pilot',
    transferModes: ['license', 'transfer'],
    askingPrice: 300_000,
    patents: [],
    region: '鹿城区',
    inventors: ['王工'],
  };
};

const needOf = (topic: number) => {
  const t = TOPICS[topic];
  return {
    title: `${t.title}技术需求`,
    description: t.text,
    field: t.field,
    keywords: [...t.keywords],
    budgetMin: 100_000,
    budgetMax: 1_000_000,
    deadline: new Date(Date.now() + 90 * 24 * 3600 * 1000).toISOString(),
    region: '鹿城区',
    cooperationModes: ['license', 'transfer'],
  };
};

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Signs up with a new organization of its own, which staff (`staffToken`) then verify. */
export async function register(api: ReturnType<typeof marketClient>, role: string, kind: string, label: string, staffToken: string) {
  const s = stamp();
  const organization = { name: `${label}${s}`, kind, ...(kind === 'enterprise' ? { creditCode: creditCode() } : {}) };
  const r = await api.ok('POST', '/api/auth/register', { email: `${role}-${s}@burst.test`, password: 'burst-password-2026', name: label, role, organization });
  await api.ok('POST', `/api/organizations/${r.user.organization.id}/verify`, { decision: 'approve' }, staffToken);
  return { token: r.accessToken as string, userId: r.user.id as string };
}

/**
 * The market before the burst: `needs` published needs (one per topic), `achievements` submitted
 * achievements awaiting review, and a live lot with `bidders` approved bidders.
 */
export async function prepareMarket(base: string, opts: { staff: { email: string; password: string }; achievements: number; needs?: number; bidders: number; approvers: number }): Promise<PreparedMarket> {
  const api = marketClient(base);
  try {
    const staff = (await api.ok('POST', '/api/auth/login', opts.staff)).accessToken as string;
    const staffTokens = await Promise.all(Array.from({ length: opts.approvers }, async () => (await api.ok('POST', '/api/auth/login', opts.staff)).accessToken as string));
    const needs: PreparedMarket['needs'] = [];
    for (let topic = 0; topic < (opts.needs ?? TOPICS.length); topic++) {
      const owner = await register(api, 'enterprise', 'enterprise', `需求企业${topic}-`, staff);
      const need = await api.ok('POST', '/api/needs', needOf(topic), owner.token);
      await api.ok('POST', `/api/needs/${need.id}/submit`, undefined, owner.token);
      await api.ok('POST', `/api/needs/${need.id}/review`, { decision: 'approve' }, staff);
      needs.push({ id: need.id, topic, userId: owner.userId });
    }
    const researchers = await Promise.all(Array.from({ length: 8 }, (_, i) => register(api, 'researcher', 'university', `压测大学${i}-`, staff)));
    const pending: PreparedMarket['pending'] = [];
    const numbers = Array.from({ length: opts.achievements }, (_, n) => n);
    await inParallel(numbers, 8, async (n, lane) => {
      const topic = n % needs.length;
      const token = researchers[lane].token;
      const a = await api.ok('POST', '/api/achievements', achievementOf(topic, n), token);
      await api.ok('POST', `/api/achievements/${a.id}/submit`, undefined, token);
      pending.push({ id: a.id, topic });
    });

    // the live lot: one more achievement of the university's, published and on auction for an hour
    const lotItem = await api.ok('POST', '/api/achievements', { ...achievementOf(0, 99_999), title: '竞价拍品：空压机余热回收装置' }, researchers[0].token);
    await api.ok('POST', `/api/achievements/${lotItem.id}/submit`, undefined, researchers[0].token);
    await api.ok('POST', `/api/achievements/${lotItem.id}/review`, { decision: 'approve' }, staff);
    const auction = await api.ok(
      'POST',
      '/api/auctions',
      { title: '压测竞价会', startsAt: new Date(Date.now() - 1000).toISOString(), extensionSeconds: 0, lots: [{ achievementId: lotItem.id, startingPrice: 10_000, increment: 100, deposit: 0, endsAt: new Date(Date.now() + 3600_000).toISOString() }] },
      staff,
    );
    const bidderTokens = await Promise.all(
      Array.from({ length: opts.bidders }, async (_, i) => {
        const b = await register(api, 'enterprise', 'enterprise', `竞买企业${i}-`, staff);
        const reg = await api.ok('POST', `/api/auctions/${auction.id}/registrations`, { acceptTerms: true }, b.token);
        await api.ok('POST', `/api/auctions/${auction.id}/registrations/${reg.id}/confirm-deposit`, { amount: 0, reference: `BURST-${i}` }, staff);
        return b.token;
      }),
    );
    return { staffTokens, needs, pending, lotId: auction.lots[0].id, bidderTokens };
  } finally {
    api.close();
  }
}

/** The longest that any session of the app (application_name market-…) has sat idle in a transaction. */
export async function longestIdleInTransaction(db: Client): Promise<number> {
  const [{ seconds }] = (
    await db.query(
      `SELECT coalesce(max(extract(epoch FROM now() - state_change)), 0)::float AS seconds
         FROM pg_stat_activity
        WHERE datname = current_database() AND application_name LIKE 'market%' AND state LIKE 'idle in transaction%'`,
    )
  ).rows;
  return seconds;
}

/**
 * Staff approve every pending achievement from `staffTokens.length` clients at once; meanwhile,
 * and until the outbox has delivered everything the approvals caused, the bidders race on the lot
 * (each bids the lot's next minimum, with a short pause) and probes time /api/health and a search
 * every 200 ms.
 */
export async function runBurst(base: string, databaseUrl: string, market: PreparedMarket, opts: { searchWord?: string; bidPauseMs?: number; drainTimeoutMs?: number } = {}): Promise<BurstResult> {
  const api = marketClient(base, 128);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  let done = false;
  const health: Sample[] = [];
  const search: Sample[] = [];
  const bidStatuses: number[] = [];
  let longestIdle = 0;
  // a call that fails without an HTTP answer (a reset connection) counts as status 0
  const status = (p: Promise<{ status: number }>) => p.then((r) => r.status, () => 0);
  const timed = async (samples: Sample[], path: string) => {
    const t0 = performance.now();
    const answer = await status(api.call('GET', path));
    samples.push({ ms: performance.now() - t0, status: answer });
  };
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const probes = (async () => {
    while (!done) {
      await Promise.all([timed(health, '/api/health'), timed(search, `/api/achievements?q=${encodeURIComponent(opts.searchWord ?? '节能改造')}`)]);
      longestIdle = Math.max(longestIdle, await longestIdleInTransaction(db));
      await pause(200);
    }
  })();
  const bidders = market.bidderTokens.map(async (token, i) => {
    let key = 0;
    while (!done) {
      const lot = await api.call('GET', `/api/lots/${market.lotId}`).catch(() => null);
      const amount = lot?.status === 200 ? (lot.json().nextMinimumBid as number) : 10_000;
      bidStatuses.push(await status(api.call('POST', `/api/lots/${market.lotId}/bids`, { amount }, token, { 'Idempotency-Key': `burst-${i}-${key++}` })));
      await pause(opts.bidPauseMs ?? 100);
    }
  });
  const approvedAt = new Map<string, number>();
  const approvalStatuses: number[] = [];
  const t0 = performance.now();
  let burstMs = 0;
  let drainedMs: number | null = null;
  try {
    await inParallel(market.pending, market.staffTokens.length, async (a, lane) => {
      const res = await api.call('POST', `/api/achievements/${a.id}/review`, { decision: 'approve' }, market.staffTokens[lane]);
      approvalStatuses.push(res.status);
      if (res.status === 200) approvedAt.set(a.id, Date.now());
    });
    burstMs = performance.now() - t0;
    // the burst goes on in the outbox after the last approval: probe and bid until it has drained
    const deadline = performance.now() + (opts.drainTimeoutMs ?? 180_000);
    while (performance.now() < deadline) {
      if ((await outboxPending(db)) === 0) {
        drainedMs = performance.now() - t0;
        break;
      }
      await pause(100);
    }
  } finally {
    done = true;
    await Promise.all([probes, ...bidders]);
    await db.end();
    api.close();
  }
  return {
    approvedAt,
    approvalStatuses: counts(approvalStatuses),
    burstMs,
    drainedMs,
    health,
    search,
    bids: { sent: bidStatuses.length, accepted: bidStatuses.filter((s) => s === 201).length, statuses: counts(bidStatuses) },
    longestIdleInTransaction: longestIdle,
  };
}

/** Pending outbox rows (what the drain still has to deliver). */
export async function outboxPending(db: Client): Promise<number> {
  return (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL`)).rows[0].n;
}

export const percentile = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN);
