import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { Command } from 'commander';
import { CliError, EXIT } from '../../src/cli/exit-codes.js';
import { registerView } from '../../src/cli/commands/view.js';
import { DEFAULT_VIEWER_DIR } from '../../src/viewer-server/serve.js';
import { FIXTURE } from './browser-harness.js';

afterEach(() => vi.restoreAllMocks());

function program(): Command {
  const p = new Command('geokg').exitOverride();
  registerView(p);
  return p;
}

describe('geokg view', () => {
  it('builds the viewer when needed, serves it and the graph, prints the URL, and stops on SIGINT', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out.push(String(chunk)); return true; });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const running = program().parseAsync(['node', 'geokg', 'view', '--port', '0', '--graph', FIXTURE]);
    await vi.waitFor(() => expect(out.join('')).toMatch(/geokg viewer: http:\/\/127\.0\.0\.1:\d+\//), { timeout: 60_000, interval: 100 });
    expect(existsSync(join(DEFAULT_VIEWER_DIR, 'index.html'))).toBe(true);
    const url = /http:\/\/\S+/.exec(out.join(''))![0];
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="sigma-container">');
    const graph = (await (await fetch(`${url}graph.json`)).json()) as { nodes: { key: string }[] };
    expect(graph.nodes.map((n) => n.key)).toContain('KOR');
    process.emit('SIGINT');
    await running;
    await expect(fetch(url)).rejects.toThrow();
  }, 90_000);

  it('says in one line that the port is in use', async () => {
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const { port } = busy.address() as AddressInfo;
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const error = await program().parseAsync(['node', 'geokg', 'view', '--port', String(port), '--graph', FIXTURE]).then(() => null, (err: unknown) => err);
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(EXIT.FAILURE);
      expect((error as CliError).message).toMatch(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: EADDRINUSE`));
    } finally {
      await new Promise<void>((done) => busy.close(() => done()));
    }
  }, 90_000);

  it('refuses a missing graph file and a bad port', async () => {
    await expect(program().parseAsync(['node', 'geokg', 'view', '--graph', '/nonexistent/graph.json'])).rejects.toThrow(/graph file .* does not exist/);
    await expect(program().parseAsync(['node', 'geokg', 'view', '--port', 'abc', '--graph', FIXTURE])).rejects.toThrow(/bad port "abc"/);
  });
});
