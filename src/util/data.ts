/** Access to the data/ folder (catalogs, lexicons, cue words) shipped with the package. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// src/util/data.ts and dist/util/data.js both sit two levels below the package root.
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = join(PACKAGE_ROOT, 'data');

export function dataPath(...parts: string[]): string {
  return join(DATA_DIR, ...parts);
}

export function readJsonData<T>(...parts: string[]): T {
  const file = dataPath(...parts);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new Error(`geokg/data: cannot read ${file}: ${(err as Error).message}`);
  }
}
