/** `geokg view`: serve the viewer and a graph on localhost, building the viewer first if needed. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError, EXIT } from '../exit-codes.js';
import { PACKAGE_ROOT } from '../../util/data.js';
import { DEFAULT_VIEWER_DIR, serveViewer } from '../../viewer-server/serve.js';

interface ViewOptions {
  port: string;
  host: string;
  graph: string;
}

/** Builds viewer/dist with vite (a development dependency; published packages ship the build). */
export async function buildViewer(outDir = DEFAULT_VIEWER_DIR): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new CliError(`geokg/view: the viewer is not built (${outDir} is missing) and vite is not installed to build it`);
  }
  await vite.build({ configFile: join(PACKAGE_ROOT, 'viewer', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** Newest modification time under a folder (the viewer's sources), 0 when absent. */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The built viewer is missing, or older than its sources (a checkout that changed them). */
export function viewerBuildStale(): boolean {
  const index = join(DEFAULT_VIEWER_DIR, 'index.html');
  if (!existsSync(index)) return true;
  const sources = Math.max(newestMtime(join(PACKAGE_ROOT, 'viewer', 'src')), statSync(join(PACKAGE_ROOT, 'viewer', 'index.html')).mtimeMs);
  return existsSync(join(PACKAGE_ROOT, 'viewer', 'src')) && sources > statSync(index).mtimeMs;
}

export function registerView(program: Command): void {
  program
    .command('view')
    .description('open the interactive viewer on a graph (serves http://127.0.0.1:5173 by default)')
    .option('--port <port>', 'port to listen on', '5173')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--graph <file>', 'graph to show (graphology JSON)', 'graph-out/graph.json')
    .action(async (options: ViewOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`geokg/view: bad port "${options.port}"`, EXIT.USAGE);
      const graphFile = resolve(options.graph);
      if (!existsSync(graphFile)) throw new CliError(`geokg/view: graph file ${graphFile} does not exist (run geokg build first)`, EXIT.USAGE);
      if (viewerBuildStale()) {
        process.stderr.write('geokg: building the viewer…\n');
        await buildViewer();
      }
      let server: Awaited<ReturnType<typeof serveViewer>>;
      try {
        server = await serveViewer({ port, host: options.host, graphFile, viewerDir: DEFAULT_VIEWER_DIR });
      } catch (err) {
        // a port in use or an address that cannot be bound: one line, not a stack trace
        throw new CliError((err as Error).message, EXIT.FAILURE);
      }
      process.stdout.write(`geokg viewer: ${server.url}\n`);
      // serve until interrupted
      await new Promise<void>((done) => {
        const stop = () => { void server.close().then(done); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
