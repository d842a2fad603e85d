/**
 * A worker thread running a module of this package: the compiled JS next to the caller
 * under dist/, or under src/ (tests, tsx) the TypeScript module, loaded after registering
 * tsx in the new thread.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts `name` (without extension), a module in the same folder as `callerUrl` (the
 * caller's import.meta.url), as a worker thread.
 */
export function startModuleWorker(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, callerUrl), options);
  // tsx's ESM entry, found through its CommonJS twin (import.meta.resolve is not everywhere)
  const tsx = pathToFileURL(createRequire(callerUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL(`./${name}.ts`, callerUrl).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/** A worker that posts one message: its result (null when the worker could not start, failed or ended without one), and a way to stop it. */
export interface OneShotWorker<T> {
  result: Promise<T | null>;
  terminate(): Promise<void>;
}

/** Starts `name` as startModuleWorker does and waits for the one message it posts. */
export function startOneShotWorker<T>(callerUrl: string, name: string, options: WorkerOptions = {}): OneShotWorker<T> {
  let worker: Worker | null = null;
  const result = new Promise<T | null>((resolve) => {
    try {
      worker = startModuleWorker(callerUrl, name, options);
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (message: T) => resolve(message));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  return { result, terminate: async () => { await worker?.terminate(); } };
}
