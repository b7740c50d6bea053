// Lighthouse through its Node API against the served site, in Debian's
// Chromium with the flags of the browser tests (tests/e2e/browser.ts). The
// browser is started here with a DevTools port, because Lighthouse drives
// Chrome over the DevTools protocol and must not download a browser.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS } from '../tests/e2e/browser.ts';

export const CHROMIUM = '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Starts Chromium with a DevTools port; resolves with the port and a stop function. */
async function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise((ready, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not open a DevTools port within 30 s:\n${seen}`)), 30_000);
    child.once('exit', (code) => fail(new Error(`Chromium exited with ${code}:\n${seen}`)));
    child.stderr.on('data', (chunk) => {
      seen += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (m) {
        clearTimeout(timer);
        ready(Number(m[1]));
      }
    });
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Lighthouse scores (0–100) and lab metrics of each URL, on Lighthouse's
 * default mobile profile (simulated slow 4G and a 4× slower CPU) and on its
 * desktop profile.
 *
 * @example
 * await runLighthouse(['http://127.0.0.1:4321/zh/']) // [{ url, form: 'mobile', scores: { performance: 100, … }, lcpMs, tbtMs }, …]
 */
export async function runLighthouse(urls) {
  const chrome = await startChromium();
  const results = [];
  try {
    for (const url of urls) {
      for (const [form, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
        const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, config);
        const lhr = runner?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
        if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
          .map((a) => a.id);
        results.push({
          url,
          form,
          scores,
          lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
          tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
          failing,
          lighthouseVersion: lhr.lighthouseVersion,
        });
      }
    }
  } finally {
    await chrome.stop();
  }
  return results;
}
