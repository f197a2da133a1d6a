#!/usr/bin/env node
// Context boundaries that @nx/enforce-module-boundaries cannot see (it checks which library
// imports which, not what is imported or which tables a string of SQL names):
//   1. no server context imports another context's TypeORM entity;
//   2. no SQL in a server context names a table another context owns (a context owns the tables
//      its own migrations create);
// and it prints how many raw `query()` calls each context still makes, and where, so the number
// is measured rather than guessed. Part of `npm run lint`; exits 1 on a violation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const SERVER = join(ROOT, 'libs', 'server');

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const isMigration = (path) => /[\\/]migrations[\\/]/.test(path);
const isSpec = (path) => /\.spec\.ts$/.test(path);
/** Comments removed, so prose that says "from users" is not read as SQL. */
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const contexts = readdirSync(SERVER).filter((name) => statSync(join(SERVER, name)).isDirectory());
const sources = new Map(contexts.map((ctx) => [ctx, files(join(SERVER, ctx, 'src'))]));

/** table → owning context, from each context's own migrations. */
const owner = new Map();
for (const [ctx, list] of sources) {
  for (const path of list.filter(isMigration)) {
    for (const m of readFileSync(path, 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/g)) owner.set(m[1], ctx);
  }
}

const problems = [];
const rawQueries = [];
const SQL_TABLE = /\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\s+"?([a-z_]+)"?/g;

for (const [ctx, list] of sources) {
  for (const path of list) {
    if (isMigration(path)) continue;
    const text = code(readFileSync(path, 'utf8'));
    const rel = relative(ROOT, path);
    const line = (index) => text.slice(0, index).split('\n').length;

    // 1. entities of another context (tests compose modules from entity lists, which is allowed)
    if (!isSpec(path)) {
      for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'@market\/server\/([a-z-]+)'/g)) {
        const [, names, from] = m;
        if (from === ctx || from === 'platform') continue;
        for (const name of names.split(',').map((n) => n.replace(/^\s*type\s+/, '').trim().split(/\s+as\s+/)[0])) {
          if (/Entity$/.test(name)) problems.push(`${rel}:${line(m.index)}: imports ${name}, an entity of ${from}; read through ${from}'s exported queries instead`);
        }
      }
    }

    // 2. SQL on another context's tables (specs included: tests read through the public face too)
    for (const m of text.matchAll(SQL_TABLE)) {
      const table = m[1];
      const tableOwner = owner.get(table);
      if (tableOwner && tableOwner !== ctx && tableOwner !== 'platform') {
        if (isSpec(path)) continue; // tests may arrange and inspect any table of the database they own
        problems.push(`${rel}:${line(m.index)}: SQL names "${table}", a table of ${tableOwner}`);
      }
    }

    if (!isSpec(path)) {
      const calls = [...text.matchAll(/\.query(?:<[^>]*>)?\(/g)].length;
      if (calls > 0) rawQueries.push({ ctx, rel, calls });
    }
  }
}

const byContext = new Map();
for (const q of rawQueries) byContext.set(q.ctx, (byContext.get(q.ctx) ?? 0) + q.calls);
const total = rawQueries.reduce((n, q) => n + q.calls, 0);
if (process.argv.includes('--verbose')) {
  for (const q of rawQueries.sort((a, b) => b.calls - a.calls)) console.log(`  ${String(q.calls).padStart(3)}  ${q.rel}`);
}
console.log(
  `raw SQL calls outside migrations and tests: ${total} (${[...byContext].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}); ` +
    `tables: ${owner.size} owned by ${new Set(owner.values()).size} contexts`,
);

if (problems.length > 0) {
  console.error(`\ncontext boundaries: ${problems.length} violation(s)`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('context boundaries: no entity crosses a context, no SQL names another context\'s table');
