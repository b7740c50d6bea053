import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * Serves the built site (dist/) on a free loopback port for the browser
 * tests, with the same server README's first command uses.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: the browser tests run against the built site. Run `npm test` (it builds first) or `npm run build`.');
  }
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    server.once('exit', (code) => fail(new Error(`static server exited with ${String(code)}`)));
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) ready();
    });
  });
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  return () => {
    server.kill();
  };
}
