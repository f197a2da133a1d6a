#!/usr/bin/env node
// Context boundaries that @nx/enforce-module-boundaries cannot see (it checks which library
// imports which, not what is imported or which tables a string of SQL names):
//   1. no server context imports another context's TypeORM entity;
//   2. no SQL in a server context names a table another context owns (a context owns the tables
//      its own migrations create);
//   3. no application service runs SQL itself: a file under `src/application/` calls neither
//      `.query(` nor `updateReturning(` (repositories and query objects under `src/infrastructure/`
//      hold the SQL; services hold the rules), except the files of APPLICATION_SQL_ALLOWED below;
// and it prints how many raw `query()` calls each context and each layer still makes, and where,
// so the number is measured rather than guessed. Part of `npm run lint`; exits 1 on a violation.
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

/**
 * Files under `src/application/` that may still run SQL, each with its reason. Keep it short:
 * a new entry needs a reason that a query object would not serve.
 */
const APPLICATION_SQL_ALLOWED = new Map([
  ['libs/server/identity/src/application/directory.ts', "identity's read face for other contexts (Directory) is itself the query object"],
  ['libs/server/catalog/src/application/listing-queries.ts', "catalog's read face for other contexts (ListingQueries) is itself the query object"],
  ['libs/server/catalog/src/application/demo-seeder.ts', 'demo seeder: one emptiness check before loading the demo; a query object would buy nothing'],
  ['libs/server/deals/src/application/demo-deals.ts', 'demo seeder: inserts demo deals, serials and history in shapes no service uses; a query object would buy nothing'],
  ['libs/server/roadshows/src/application/demo-seeder.ts', 'demo seeder: one emptiness check before loading the demo; a query object would buy nothing'],
]);

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
const layerOf = (rel) => (/[\\/]src[\\/]application[\\/]/.test(rel) ? 'application' : /[\\/]src[\\/]infrastructure[\\/]/.test(rel) ? 'infrastructure' : 'other');
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
      const calls = [...text.matchAll(/\.query(?:<[^>]*>)?\(/g)];
      const layer = layerOf(rel);
      if (calls.length > 0) rawQueries.push({ ctx, rel, calls: calls.length, layer });

      // 3. SQL in an application service (the helper's own definition is platform's, not application's)
      const relPosix = rel.split('\\').join('/');
      if (layer === 'application' && !APPLICATION_SQL_ALLOWED.has(relPosix)) {
        const sqlCalls = [...calls, ...text.matchAll(/\bupdateReturning(?:<[^>]*>)?\(/g)].sort((a, b) => a.index - b.index);
        for (const m of sqlCalls) {
          problems.push(`${rel}:${line(m.index)}: an application service runs SQL (${m[0].replace(/<.*$/, '').replace(/\($/, '')}); move it into a query object under src/infrastructure/ (or allowlist the file in APPLICATION_SQL_ALLOWED with its reason)`);
        }
      }
    }
  }
}

const byContext = new Map();
for (const q of rawQueries) byContext.set(q.ctx, (byContext.get(q.ctx) ?? 0) + q.calls);
const byLayer = new Map([['application', 0], ['infrastructure', 0], ['other', 0]]);
for (const q of rawQueries) byLayer.set(q.layer, byLayer.get(q.layer) + q.calls);
const total = rawQueries.reduce((n, q) => n + q.calls, 0);
const stale = [...APPLICATION_SQL_ALLOWED.keys()].filter((rel) => !rawQueries.some((q) => q.rel.split('\\').join('/') === rel));
if (process.argv.includes('--verbose')) {
  for (const q of rawQueries.sort((a, b) => b.calls - a.calls || a.rel.localeCompare(b.rel))) {
    const allowed = APPLICATION_SQL_ALLOWED.get(q.rel.split('\\').join('/'));
    console.log(`  ${String(q.calls).padStart(3)}  ${q.layer.padEnd(14)}  ${q.rel}${allowed ? `  (allowed: ${allowed})` : ''}`);
  }
}
console.log(
  `raw SQL calls outside migrations and tests: ${total} (${[...byContext].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}); ` +
    `tables: ${owner.size} owned by ${new Set(owner.values()).size} contexts`,
);
console.log(`raw SQL calls by layer: ${[...byLayer].map(([l, n]) => `${l} ${n}`).join(', ')} (application: only the ${APPLICATION_SQL_ALLOWED.size} allowlisted files may)`);
// an allowlisted file that no longer runs SQL should leave the list
for (const rel of stale) problems.push(`${rel}: allowlisted in APPLICATION_SQL_ALLOWED but runs no SQL any more; remove the entry`);

if (problems.length > 0) {
  console.error(`\ncontext boundaries: ${problems.length} violation(s)`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('context boundaries: no entity crosses a context, no SQL names another context\'s table, no application service runs SQL outside the allowlist');
