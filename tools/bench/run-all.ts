/**
 * `npm run bench`: runs the project's benchmarks one after another on this machine and writes
 * docs/benchmarks.md with the machine, each figure next to its anchor, and the targets.
 *
 *   npm run bench            (builds first; takes about 20 minutes, 10 of them the soak)
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

interface Run {
  name: string;
  output: string;
  results: Record<string, Record<string, number | boolean>>;
  seconds: number;
}

function run(name: string, cmd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const t0 = Date.now();
  process.stdout.write(`\n[bench] ${name} …\n`);
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      process.stdout.write(d);
    });
    child.on('exit', (code) => {
      if (code !== 0) return rej(new Error(`${name} exited with ${code}`));
      const results = Object.assign({}, ...output.split('\n').filter((l) => l.startsWith('BENCH_RESULT ')).map((l) => JSON.parse(l.slice('BENCH_RESULT '.length))));
      res({ name, output: output.split('\n').filter((l) => !l.startsWith('BENCH_RESULT ')).join('\n').trim(), results, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

/** `npm start` (build cached) until /api/health answers 200, then stopped. */
async function startToHealthy(): Promise<Run> {
  const port = '3309';
  const t0 = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'tools/start.mjs')], { cwd: ROOT, env: { ...process.env, SKIP_BUILD: '1', PORT: port }, stdio: 'ignore' });
  try {
    for (;;) {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
      if (res?.status === 200) break;
      if (Date.now() - t0 > 180_000) throw new Error('npm start was not healthy within 180 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (Date.now() - t0) / 1000;
    return { name: 'npm start → healthy', output: `npm start (build cached, dev database as left by earlier starts) → GET /api/health 200 after ${seconds.toFixed(1)} s`, results: { start: { seconds } }, seconds };
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  }
}

const f = (x: number | boolean | undefined, digits = 1) => (typeof x === 'number' ? x.toFixed(digits) : String(x));
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

async function main(): Promise<void> {
  const ts = (script: string) => ['tools/run-ts.sh', [`tools/bench/${script}`]] as const;
  const runs: Run[] = [];
  for (const [name, script] of [
    ['search: API vs direct Meilisearch', 'search.ts'],
    ['hot-lot bids vs raw PostgreSQL, and close lag', 'bids.ts'],
    ['approve → searchable', 'approve-lag.ts'],
    ['approve → new-match notification, idle and in a burst', 'match-lag.ts'],
    ['front page: GET /api/portal vs GET /api/health', 'portal.ts'],
    ['soak: mixed traffic', 'soak.ts'],
  ] as const) {
    const [cmd, args] = ts(script);
    runs.push(await run(name, cmd, [...args]));
  }
  runs.push(await startToHealthy());
  const r = Object.assign({}, ...runs.map((x) => x.results)) as Record<string, Record<string, number>>;
  const { search, closeLag, approveLag, matchLag, portal, soak, start } = r;
  const bids = r['bids'] as unknown as { socket: Record<string, number>; http: Record<string, number>; floorPerSecond: number; rawPerSecond: number; rawP99: number };
  const ratio = search.apiP95 / search.directP95;
  const rows = [
    ['search p95, API vs direct Meilisearch', `${f(search.apiP95)} ms vs ${f(search.directP95)} ms (×${f(ratio, 2)})`, '≤ 1.5× direct', verdict(ratio <= 1.5)],
    ['accepted bids/s on one hot lot (40 bidders), live room socket', `${f(bids.socket.acceptedPerSecond, 0)} /s; raw PG single-row UPDATE ${f(bids.rawPerSecond, 0)} /s`, '≥ 1,000 /s', verdict(bids.socket.acceptedPerSecond >= 1000)],
    ['bid latency p50 / p95 / p99, live room socket', `${f(bids.socket.p50)} / ${f(bids.socket.p95)} / ${f(bids.socket.p99)} ms; raw PG p99 ${f(bids.rawP99)} ms`, 'p99 ≤ 50 ms', verdict(bids.socket.p99 <= 50)],
    ['the same over HTTP `POST /api/lots/:id/bids`', `${f(bids.http.acceptedPerSecond, 0)} /s, p99 ${f(bids.http.p99)} ms; HTTP floor (GET /api/config) ${f(bids.floorPerSecond, 0)} /s`, '≥ 1,000 /s, p99 ≤ 50 ms', verdict(bids.http.acceptedPerSecond >= 1000 && bids.http.p99 <= 50)],
    ['lot close lag p50 / p99 / max', `${f(closeLag.p50, 0)} / ${f(closeLag.p99, 0)} / ${f(closeLag.max, 0)} ms (${closeLag.lots} lots)`, 'p99 ≤ 200 ms', verdict(closeLag.p99 <= 200)],
    ['approve → searchable p50 / p95', `${f(approveLag.p50, 0)} / ${f(approveLag.p95, 0)} ms; Meilisearch alone ${f(approveLag.floorP50, 0)} / ${f(approveLag.floorP95, 0)} ms`, 'p95 ≤ 500 ms', verdict(approveLag.p95 <= 500)],
    ['approve → new-match notification p50 / p95, burst of 200 approvals (16 clients)', `${f(matchLag.p50, 0)} / ${f(matchLag.p95, 0)} ms; one approval on an idle server ${f(matchLag.idleP50, 0)} / ${f(matchLag.idleP95, 0)} ms`, 'p95 ≤ 2,000 ms', verdict(matchLag.p95 <= 2000)],
    ['`GET /api/portal` p95 at 16 clients', `${f(portal.p95)} ms, ${f(portal.perSecond, 0)} /s; floor \`GET /api/health\` ${f(portal.healthP95)} ms, ${f(portal.healthPerSecond, 0)} /s; first answer after a change ${f(portal.recomputeP50)} ms`, '—', '—'],
    [
      `soak, ${soak.minutes} min of mixed traffic: p99 search / bid / approve / roadshow registration`,
      `${f(soak.searchP99, 0)} / ${f(soak.bidP99, 0)} / ${f(soak.approveP99, 0)} / ${f(soak.roadshowRegisterP99, 0)} ms; ${soak.failed} failed`,
      '—',
      '—',
    ],
    [
      'soak: outbox lag p99 / max, pool use, server memory first → last minute',
      `${f(soak.outboxLagP99, 0)} / ${f(soak.outboxLagMax, 0)} ms; at most ${soak.poolMaxInUse} of 20 connections in use, ${soak.poolMaxWaiting} waiting; RSS ${f(soak.rssFirstMb, 0)} → ${f(soak.rssLastMb, 0)} MB`,
      'no growth',
      '—',
    ],
    ['`npm start` → healthy (build cached)', `${f(start.seconds)} s`, '—', '—'],
  ];
  const cpu = cpus();
  const md = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; PostgreSQL, Redis and Meilisearch 1.21 on the same machine, so every figure shares two cores with its own load generator.`,
    '',
    '| what | measured (anchor) | target | |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    '## What limits the bid figures',
    `- Bids are applied in batches (\`docs/decisions/0005\`): one \`place_bids\` call, one commit and one WAL flush carry every bid that queued on the lot meanwhile, so the commit rate of the disk (raw single-row UPDATEs with 40 connections: ${f(bids.rawPerSecond, 0)} /s) is no longer the ceiling.`,
    `- Over the live room's socket a bid costs the Node process little more than its validation and its share of the batch: ${f(bids.socket.acceptedPerSecond, 0)} accepted /s, p99 ${f(bids.socket.p99)} ms.`,
    `- Over HTTP the process spends most of its time in the HTTP stack itself: the same process answers only ${f(bids.floorPerSecond, 0)} trivial \`GET /api/config\` requests/s (no auth, no body, no database) with this load generator on the same two cores, and a bid adds JSON body parsing, the bearer token, validation and its answer, for ${f(bids.http.acceptedPerSecond, 0)} /s. More API copies behind the proxy (\`docker-compose.yml\`) add HTTP capacity on machines with more cores; on this one they would share the same two.`,
    '',
    '## Raw output',
    ...runs.flatMap((x) => ['', `### ${x.name} (${x.seconds.toFixed(0)} s)`, '```', x.output, '```']),
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'docs/benchmarks.md'), md);
  process.stdout.write(`\n[bench] wrote docs/benchmarks.md\n\n${rows.map((row) => row.join(' | ')).join('\n')}\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
