/**
 * The per-document extraction cache of `geokg build`. An entry is one document's
 * Extraction JSON, stored under a folder named for everything else its output depends
 * on: the extractor version and a fingerprint of the catalog and cue data in use. A
 * document id is a hash of the text, so a changed article is a new entry and a changed
 * catalog is a new folder; nothing is ever invalidated in place.
 *
 *   <dir>/<EXTRACTOR_VERSION>-<fingerprint>/<id[0..2]>/<id>.json
 *
 * Entries are written atomically. An entry that cannot be read or does not look like an
 * extraction of that document is treated as missing: the document is extracted again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Extraction } from '../model.js';
import type { CatalogView } from '../entities/gazetteer.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { dataPath } from '../util/data.js';
import { EXTRACTOR_VERSION } from '../version.js';

/** Relative to the working directory; listed in .gitignore. */
export const DEFAULT_CACHE_DIR = '.geokg-cache';

/** data/ folders besides the catalog that the extractor reads. */
const EXTRACTION_DATA = ['cues', 'lexicon'];
const EXTRACTION_DATA_FILES = ['relation-types.json'];

function sha256(): ReturnType<typeof createHash> {
  return createHash('sha256');
}

/**
 * Fingerprint of what extraction reads besides the text: every catalog entry and title
 * (packaged, corpus and --catalog files alike) and the cue and lexicon files. Editing
 * any of them gives a new fingerprint and so a fresh cache folder.
 */
export function extractionFingerprint(catalog: CatalogView): string {
  const hash = sha256();
  for (const entry of catalog.entries.values()) hash.update(JSON.stringify(entry)).update('\n');
  hash.update(JSON.stringify(catalog.titles)).update('\n');
  for (const folder of EXTRACTION_DATA) {
    let names: string[] = [];
    try {
      names = readdirSync(dataPath(folder)).filter((n) => n.endsWith('.json')).sort();
    } catch {
      names = [];
    }
    for (const name of names) hash.update(`${folder}/${name}\n`).update(readFileSync(dataPath(folder, name)));
  }
  for (const name of EXTRACTION_DATA_FILES) hash.update(`${name}\n`).update(readFileSync(dataPath(name)));
  return hash.digest('hex').slice(0, 16);
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function isExtractionOf(value: unknown, documentId: string): value is Extraction {
  const v = value as Partial<Extraction> | null;
  return !!v && typeof v === 'object' && !!v.document && v.document.id === documentId
    && Array.isArray(v.entities) && Array.isArray(v.relations);
}

export interface ExtractionCacheOptions {
  /** Cache root, relative to the working directory; default DEFAULT_CACHE_DIR. */
  dir?: string;
  /** Fingerprint of the catalog and data in use (extractionFingerprint). */
  fingerprint: string;
  /** Default EXTRACTOR_VERSION. */
  extractorVersion?: string;
}

export class ExtractionCache {
  /** The folder holding this extractor version's and fingerprint's entries. */
  readonly dir: string;

  /**
   * `{ folder }` opens a folder another thread already worked out (its `dir`): build
   * workers use the main thread's cache, whatever their working directory.
   */
  constructor(options: ExtractionCacheOptions | { folder: string }) {
    if ('folder' in options) {
      this.dir = resolve(options.folder);
      return;
    }
    const version = options.extractorVersion ?? EXTRACTOR_VERSION;
    if (!SAFE_ID.test(version) || !SAFE_ID.test(options.fingerprint)) {
      throw new Error(`geokg/cache: extractor version and fingerprint must be plain names, got ${JSON.stringify(version)} and ${JSON.stringify(options.fingerprint)}`);
    }
    this.dir = join(resolve(process.cwd(), options.dir ?? DEFAULT_CACHE_DIR), `${version}-${options.fingerprint}`);
  }

  /** Where a document's entry lives; ids that are not plain names are hashed first. */
  pathOf(documentId: string): string {
    const name = SAFE_ID.test(documentId) ? documentId : sha256().update(documentId).digest('hex').slice(0, 32);
    return join(this.dir, name.slice(0, 2), `${name}.json`);
  }

  /** The cached extraction of a document, or undefined when missing or unusable. */
  get(documentId: string): Extraction | undefined {
    let text: string;
    try {
      text = readFileSync(this.pathOf(documentId), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const value: unknown = JSON.parse(text);
      return isExtractionOf(value, documentId) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Stores an extraction; returns the error message when it could not be written. The
   * entry is renamed into place but not fsynced: after a crash an entry may be empty or
   * cut short, which get() treats as missing, so durability would only cost time (an
   * fsync per document was a third of a build's extraction stage).
   */
  set(extraction: Extraction): string | null {
    const file = this.pathOf(extraction.document.id);
    try {
      writeFileAtomic(file, JSON.stringify(extraction), { fsync: false });
      return null;
    } catch (err) {
      return `geokg/cache: cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
    }
  }
}
