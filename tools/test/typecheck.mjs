// Type-checks every project's TypeScript configs (sources and specs) with tsc, two at a time.
// The Angular templates are checked by the web build (strictTemplates).
import { spawn } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../dev-services/index.mjs';

function projects(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (existsSync(join(path, 'project.json'))) out.push(path);
    else out.push(...projects(path));
  }
  return out;
}

// Angular specs are compiled and type-checked by jest-preset-angular when the unit tests run.
const isAngular = (p) => existsSync(join(p, 'src/test-setup.ts'));
const configs = [...projects(join(ROOT, 'apps')), ...projects(join(ROOT, 'libs'))].flatMap((p) =>
  ['tsconfig.app.json', 'tsconfig.lib.json', 'tsconfig.spec.json', 'tsconfig.json']
    .map((f) => join(p, f))
    .filter((f, i, all) => existsSync(f) && !(f.endsWith('tsconfig.json') && all.slice(0, 3).some((x) => existsSync(x))))
    .filter((f) => !(isAngular(p) && f.endsWith('tsconfig.spec.json'))),
);

const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
let failed = 0;
const queue = [...configs];
async function worker() {
  for (let c = queue.shift(); c; c = queue.shift()) {
    const code = await new Promise((res) => {
      const child = spawn(process.execPath, [tsc, '--noEmit', '-p', c], { cwd: ROOT, stdio: 'inherit' });
      child.on('exit', (x) => res(x ?? 1));
    });
    process.stdout.write(`${code === 0 ? 'ok  ' : 'FAIL'} ${relative(ROOT, c)}\n`);
    if (code !== 0) failed++;
  }
}
await Promise.all([worker(), worker()]);
process.stdout.write(`typecheck: ${configs.length - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
