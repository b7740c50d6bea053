#!/usr/bin/env node
// `npm run bench`: figures about the site, not pass/fail timing tests.
//
//   1. Clean build of the whole site (astro build --force into bench/out/site):
//      seconds, pages, pages per second.
//   2. First-load weight of the largest page of every page type (HTML, CSS,
//      JS with its static imports, data, images; gzip -9 and brotli),
//      checked against bench/budget.json.
//   3. Scale: the site built against a generated dataset ten times larger
//      (bench/generate-scale-data.mjs), and the build-time ratio.
//   4. Lighthouse (mobile and desktop) on the home, map and a region page.
//
// Writes bench/RESULTS.md and bench/out/results.json; exits 1 when a budget
// is exceeded (after writing them). Options:
//   --skip-build        reuse bench/out/site from the last run
//   --skip-scale        no scale build
//   --skip-lighthouse   no Lighthouse
//   --runs N            Lighthouse runs per page and profile, median kept (default 3)
//   --locale zh         locale of the pages Lighthouse loads (default zh)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, platform } from 'node:os';
import { createServer } from 'node:net';
import { relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtPages, pageTypes, siteOrigin } from '../tests/site/dist.ts';
import { generateScaleData } from './generate-scale-data.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { CATEGORIES, firstLoad, weigh } from './weigh.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

const ROOT = resolve(import.meta.dirname, '..');
process.chdir(ROOT);
const OUT = resolve('bench/out');
const SITE = resolve(OUT, 'site');
const SCALE_DATA = resolve(OUT, 'scale-data');
const SCALE_SITE = resolve(OUT, 'scale-site');
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const LOADER = resolve('src/lib/data/load-release.ts');
const budget = JSON.parse(readFileSync('bench/budget.json', 'utf8'));
const kb = (bytes) => (bytes / 1000).toFixed(1);
mkdirSync(OUT, { recursive: true });

/** Runs `astro build --force --outDir <outDir>`; resolves with the wall time in seconds. */
function timedBuild(outDir, env = {}) {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--force', '--outDir', outDir], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (c) => (log += c));
    child.stderr.on('data', (c) => (log += c));
    child.once('exit', (code) => {
      writeFileSync(`${outDir}.log`, log);
      if (code === 0) done((performance.now() - started) / 1000);
      else fail(new Error(`astro build into ${relative(ROOT, outDir)} failed (exit ${code}); log: ${relative(ROOT, outDir)}.log\n${log.slice(-3000)}`));
    });
  });
}

function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((ok) => {
      const srv = createServer();
      srv.once('error', () => ok(undefined));
      srv.listen(port, '127.0.0.1', () => {
        const address = srv.address();
        srv.close(() => ok(typeof address === 'object' && address ? address.port : undefined));
      });
    });
  return tryPort(preferred).then((p) => p ?? tryPort(0));
}

/** Serves a build folder with the project's own server; resolves with its URL and a stop function. */
async function serve(dir) {
  const port = await freePort(4321);
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ready, fail) => {
    server.once('exit', (code) => fail(new Error(`serve.mjs exited with ${code}`)));
    server.stdout.on('data', (c) => c.toString().includes('Serving') && ready());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((done) => (server.once('exit', done), server.kill())),
  };
}

const results = { date: new Date().toISOString(), machine: {}, build: {}, weights: [], budgetFailures: [], scale: {}, lighthouse: {} };

// Machine and commit, so figures can be compared.
const git = (...a) => {
  try {
    return execFileSync('git', a, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
results.machine = {
  cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
  memoryGB: Math.round(totalmem() / 1e9),
  os: `${platform()} ${release()}`,
  node: process.version,
  commit: git('rev-parse', '--short', 'HEAD'),
  dirty: git('status', '--porcelain') !== '',
};

// 1. Clean build.
if (!flag('skip-build') || !existsSync(resolve(SITE, 'index.html'))) {
  console.log('bench: clean build into bench/out/site …');
  results.build.seconds = await timedBuild(SITE);
} else {
  const previous = existsSync(resolve(OUT, 'results.json')) ? JSON.parse(readFileSync(resolve(OUT, 'results.json'), 'utf8')) : undefined;
  results.build.seconds = previous?.build?.seconds ?? NaN;
  results.build.reused = true;
}
const pages = builtPages(SITE);
results.build.pages = pages.length;
results.build.pagesPerSecond = pages.length / results.build.seconds;
results.build.types = Object.fromEntries(pageTypes(pages).map((t) => [t, pages.filter((p) => p.type === t).length]));
console.log(`bench: ${pages.length} pages in ${results.build.seconds.toFixed(1)} s (${results.build.pagesPerSecond.toFixed(1)} pages/s)`);

// 2. First-load weight, largest page of each type, against the budget.
const origin = siteOrigin(SITE);
for (const type of pageTypes(pages)) {
  let largest;
  for (const page of pages.filter((p) => p.type === type)) {
    const weight = weigh(firstLoad(page, SITE, origin));
    if (!largest || weight.total.gzip > largest.weight.total.gzip) largest = { page, weight };
  }
  const rule = budget.rules.find((r) => new RegExp(r.pattern).test(type));
  const c = budget.compression ?? 'gzip';
  const row = { type, count: pages.filter((p) => p.type === type).length, url: largest.page.url, ...largest.weight, budget: rule };
  results.weights.push(row);
  if (rule && largest.weight.total[c] > rule.totalKB * 1000) {
    results.budgetFailures.push(`${type} (${largest.page.url}): total ${kb(largest.weight.total[c])} KB ${c} > ${rule.totalKB} KB`);
  }
  if (rule && largest.weight.js[c] > rule.jsKB * 1000) {
    results.budgetFailures.push(`${type} (${largest.page.url}): JS ${kb(largest.weight.js[c])} KB ${c} > ${rule.jsKB} KB`);
  }
}

// 3. Scale.
const loaderSource = existsSync(LOADER) ? readFileSync(LOADER, 'utf8') : '';
const dataEnv = /process\.env\.(\w*DATA\w*)/.exec(loaderSource)?.[1];
if (flag('skip-scale')) {
  results.scale = { skipped: 'skipped (--skip-scale)' };
} else if (!loaderSource) {
  results.scale = { skipped: 'src/lib/data/load-release.ts does not exist yet, so the pages cannot be pointed at another data folder' };
} else if (!dataEnv) {
  results.scale = { skipped: 'src/lib/data/load-release.ts reads no environment variable naming the data folder (e.g. process.env.DATA_DIR), so the pages cannot be pointed at the generated data' };
} else {
  console.log(`bench: generating a dataset ten times larger into bench/out/scale-data, building with ${dataEnv} …`);
  const generated = generateScaleData({ from: 'data', to: SCALE_DATA, factor: 10 });
  const seconds = await timedBuild(SCALE_SITE, { [dataEnv]: SCALE_DATA });
  const scalePages = builtPages(SCALE_SITE).length;
  results.scale = { env: dataEnv, generated, seconds, pages: scalePages, ratio: seconds / results.build.seconds, pageRatio: scalePages / pages.length };
  console.log(`bench: scale build ${seconds.toFixed(1)} s, ${scalePages} pages, ${results.scale.ratio.toFixed(2)}× the time`);
}

// 4. Lighthouse.
if (flag('skip-lighthouse')) {
  results.lighthouse = { skipped: 'skipped (--skip-lighthouse)' };
} else {
  const locale = option('locale', 'zh');
  const pick = (type) => pages.find((p) => p.type === type && p.locale === locale) ?? pages.find((p) => p.type.startsWith(`${type}/`) && p.locale === locale);
  // A real region page (not the index): the heaviest one of the locale, the worst case of the type.
  const heaviest = (type) =>
    pages.filter((p) => p.type === type && p.locale === locale).sort((a, b) => statSync(b.file).size - statSync(a.file).size)[0];
  const targets = { home: pick('home'), map: pick('map'), region: heaviest('regions/*') ?? pick('regions') };
  const missing = Object.entries(targets).filter(([, p]) => !p).map(([k]) => k);
  const runs = Number(option('runs', '3'));
  const server = await serve(SITE);
  try {
    console.log(`bench: Lighthouse ×${runs} on ${Object.values(targets).filter(Boolean).map((p) => p.url).join(', ')} …`);
    const all = [];
    for (let i = 0; i < runs; i += 1) all.push(...(await runLighthouse(Object.values(targets).filter(Boolean).map((p) => `${server.url}${p.url}`))));
    // The median run by performance score, per page and profile.
    const rows = [];
    for (const [name, page] of Object.entries(targets)) {
      if (!page) continue;
      for (const form of ['mobile', 'desktop']) {
        const same = all.filter((r) => r.url === `${server.url}${page.url}` && r.form === form).sort((a, b) => a.scores.performance - b.scores.performance);
        const median = same[Math.floor(same.length / 2)];
        rows.push({ name, page: page.url, form, runs: same.length, performanceRange: [same[0].scores.performance, same.at(-1).scores.performance], ...median });
      }
    }
    results.lighthouse = { version: all[0]?.lighthouseVersion, locale, rows, missing };
  } catch (error) {
    results.lighthouse = { skipped: `Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await server.stop();
  }
}

writeFileSync(resolve(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench/RESULTS.md', renderMarkdown(results));

// The table on the terminal.
console.log('');
console.log(weightTable(results).join('\n'));
console.log('');
if (results.budgetFailures.length > 0) {
  console.error(`bench: over budget (bench/budget.json):\n  ${results.budgetFailures.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('bench: every page type is within budget (bench/budget.json)');
}
console.log('bench: wrote bench/RESULTS.md and bench/out/results.json');

function weightTable(r) {
  const c = budget.compression ?? 'gzip';
  const lines = [
    `| page type | pages | largest page | ${CATEGORIES.map((k) => `${k} KB`).join(' | ')} | total KB gzip | total KB brotli | budget (total / JS, ${c}) | |`,
    `| --- | ---: | --- | ${CATEGORIES.map(() => '---:').join(' | ')} | ---: | ---: | --- | --- |`,
  ];
  for (const w of r.weights) {
    const over = w.budget && (w.total[c] > w.budget.totalKB * 1000 || w.js[c] > w.budget.jsKB * 1000);
    lines.push(
      `| ${w.type} | ${w.count} | \`${w.url}\` | ${CATEGORIES.map((k) => kb(w[k].gzip)).join(' | ')} | ${kb(w.total.gzip)} | ${kb(w.total.brotli)} | ${w.budget ? `${w.budget.totalKB} / ${w.budget.jsKB}` : '—'} | ${over ? '**over**' : 'ok'} |`,
    );
  }
  return lines;
}

function renderMarkdown(r) {
  const m = r.machine;
  const out = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.mjs). Figures, not pass/fail tests: the command exits',
    'non-zero only when a page type is over its budget in `bench/budget.json`.',
    '',
    `- Date: ${r.date}`,
    `- Commit: ${m.commit}${m.dirty ? ' (with uncommitted changes)' : ''}`,
    `- Machine: ${m.cpu}, ${m.memoryGB} GB RAM, ${m.os}, Node ${m.node}`,
    '',
    '## Build',
    '',
    `Clean build (\`astro build --force\`, fresh content cache) into \`bench/out/site\`: **${r.build.seconds.toFixed(1)} s**${r.build.reused ? ' (reused from the previous run)' : ''},`,
    `**${r.build.pages} pages**, **${r.build.pagesPerSecond.toFixed(1)} pages/s**.`,
    '',
    '| page type | pages |',
    '| --- | ---: |',
    ...Object.entries(r.build.types).map(([t, n]) => `| ${t} | ${n} |`),
    '',
    '## First-load weight',
    '',
    'The largest page of each type (by gzip total): the HTML, its stylesheets and their @imports, its',
    'scripts with every static import, its non-lazy images and icon, and data files named in its',
    'attributes or as string literals in its scripts. Sizes in KB (1000 bytes), gzip -9 per column,',
    'brotli (quality 11) for the total; the budget applies to gzip.',
    '',
    ...weightTable(r),
    '',
    r.budgetFailures.length ? `**Over budget:**\n\n${r.budgetFailures.map((f) => `- ${f}`).join('\n')}` : 'Every page type is within budget.',
    '',
    '## Scale',
    '',
  ];
  if (r.scale.skipped) out.push(`Not run: ${r.scale.skipped}.`);
  else {
    out.push(
      `Dataset generated by \`bench/generate-scale-data.mjs\` (ten times the regions and pairings; synthetic rows):`,
      '',
      ...r.scale.generated.map((g) => `- \`${g.file}\`: ${g.before} → ${g.after} rows`),
      '',
      `Built with \`${r.scale.env}=bench/out/scale-data\`: **${r.scale.seconds.toFixed(1)} s** for ${r.scale.pages} pages`,
      `(${r.scale.pageRatio.toFixed(1)}× the pages), **${r.scale.ratio.toFixed(2)}×** the clean build time (target ≤ 10×).`,
    );
  }
  out.push('', '## Lighthouse', '');
  if (r.lighthouse.skipped) out.push(`Not run: ${r.lighthouse.skipped}.`);
  else {
    out.push(
      `Lighthouse ${r.lighthouse.version} (Node API), Debian Chromium with the browser tests' flags, against`,
      '`scripts/serve.mjs` on loopback (gzip for text files and immutable caching of /_astro/ assets, as a static host serves them). Mobile = Lighthouse defaults',
      `(simulated slow 4G, 4× CPU slowdown); desktop = its desktop profile. Median of ${r.lighthouse.rows[0]?.runs ?? 0} runs by performance score; target ≥ 95 each.`,
      '',
      '| page | profile | performance (range) | accessibility | best practices | SEO | LCP ms | TBT ms | audits below 100 |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...r.lighthouse.rows.map(
        (x) =>
          `| ${x.name} \`${x.page}\` | ${x.form} | ${x.scores.performance} (${x.performanceRange.join('–')}) | ${x.scores.accessibility} | ${x.scores['best-practices']} | ${x.scores.seo} | ${x.lcpMs} | ${x.tbtMs} | ${x.failing.join(', ') || '—'} |`,
      ),
    );
    if (r.lighthouse.missing.length) out.push('', `No page of type ${r.lighthouse.missing.join(', ')} was built, so it was not measured.`);
  }
  out.push(
    '',
    '## Reproduce',
    '',
    '```sh',
    'npm run bench                      # everything (about 3–6 minutes on 2 cores)',
    'npm run bench -- --skip-scale --skip-lighthouse   # build and weights only',
    'node bench/generate-scale-data.mjs --to bench/out/scale-data   # the scale dataset alone',
    '```',
    '',
    'Machine load changes the timings and the mobile performance score (Lighthouse simulates a',
    'slower CPU from the measured one); compare runs on the same machine.',
    '',
  );
  return out.join('\n');
}
