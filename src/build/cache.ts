/**
 * The per-document extraction cache of `geokg build`. An entry is one document's
 * Extraction JSON, stored in an SQLite database (better-sqlite3) in a folder named for
 * everything else its output depends on: the extractor version and a fingerprint of the
 * catalog and cue data in use. A document id is a hash of the text, so a changed article
 * is a new entry and a changed catalog is a new folder; nothing is invalidated in place.
 *
 *   <dir>/<EXTRACTOR_VERSION>-<fingerprint>/extractions.sqlite
 *
 * One database rather than a file per document: creating a file cost about 0.5 ms of
 * kernel CPU on the machine the benchmarks run on, 5 s of a 10k-article build, where an
 * insert takes some 70 µs. Every build thread opens its own connection; in WAL mode
 * they read while one writes, and a killed build loses no entry it had committed.
 * Entries that cannot be read or do not look like an extraction of that document are
 * treated as missing (the document is extracted again); a file that is not a database
 * is replaced by a new one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Extraction } from '../model.js';
import type { CatalogView } from '../entities/gazetteer.js';
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

export const CACHE_DATABASE = 'extractions.sqlite';
/** How long a connection waits for another's write to end before giving up on its own. */
const BUSY_TIMEOUT_MS = 60_000;
/** SQLite's answers for a file that is not (or no longer) a database. */
const NOT_A_DATABASE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

interface Statements {
  db: Database.Database;
  get: Database.Statement<[string], { json: string }>;
  put: Database.Statement<[string, string]>;
}

function errorText(err: unknown): string {
  return (err as { code?: string }).code ?? (err as Error).message;
}

export class ExtractionCache {
  /** The folder holding this extractor version's and fingerprint's entries. */
  readonly dir: string;
  /** The database file in it. */
  readonly file: string;
  /** The connection, opened at first use; null once opening failed (every call then misses). */
  private statements: Statements | null | undefined;
  private openError = '';
  /** Said once, by the next set(): the file in the way was not a database and was replaced. */
  private notice: string | null = null;

  /**
   * `{ folder }` opens a folder another thread already worked out (its `dir`): build
   * workers use the main thread's cache, whatever their working directory.
   */
  constructor(options: ExtractionCacheOptions | { folder: string }) {
    if ('folder' in options) {
      this.dir = resolve(options.folder);
    } else {
      const version = options.extractorVersion ?? EXTRACTOR_VERSION;
      if (!SAFE_ID.test(version) || !SAFE_ID.test(options.fingerprint)) {
        throw new Error(`geokg/cache: extractor version and fingerprint must be plain names, got ${JSON.stringify(version)} and ${JSON.stringify(options.fingerprint)}`);
      }
      this.dir = join(resolve(process.cwd(), options.dir ?? DEFAULT_CACHE_DIR), `${version}-${options.fingerprint}`);
    }
    this.file = join(this.dir, CACHE_DATABASE);
  }

  private connect(): Statements {
    mkdirSync(this.dir, { recursive: true });
    const db = new Database(this.file, { timeout: BUSY_TIMEOUT_MS });
    try {
      // WAL: readers never wait for the writer; NORMAL: a crash may lose the last entries, never the file
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // a rowid table: entries of some 9 KB made WITHOUT ROWID's inserts and lookups 1.5–4× slower
      db.exec('CREATE TABLE IF NOT EXISTS extractions (id TEXT PRIMARY KEY, json TEXT NOT NULL)');
      return {
        db,
        get: db.prepare<[string], { json: string }>('SELECT json FROM extractions WHERE id = ?'),
        put: db.prepare<[string, string]>('INSERT OR REPLACE INTO extractions (id, json) VALUES (?, ?)'),
      };
    } catch (err) {
      db.close();
      throw err;
    }
  }

  /** The open connection, opening it on first use; a file that is not a database is replaced once. */
  private open(): Statements | null {
    if (this.statements !== undefined) return this.statements;
    try {
      this.statements = this.connect();
    } catch (err) {
      if (!NOT_A_DATABASE.has(errorText(err))) {
        this.openError = errorText(err);
        this.statements = null;
        return null;
      }
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${this.file}${suffix}`, { force: true });
      this.notice = `geokg/cache: ${this.file} was not a readable cache database (${errorText(err)}); started a new one`;
      try {
        this.statements = this.connect();
      } catch (again) {
        this.openError = errorText(again);
        this.statements = null;
      }
    }
    return this.statements;
  }

  /**
   * Opens the database now, replacing a file that is not one: whether the cache can be
   * used, and a warning if anything went wrong. The build calls it before its workers
   * open the same database, so that only one thread ever replaces a bad file.
   */
  prepare(): { usable: boolean; warning: string | null } {
    if (!this.open()) return { usable: false, warning: `geokg/cache: cannot open ${this.file}: ${this.openError}; building without the cache` };
    const warning = this.notice;
    this.notice = null;
    return { usable: true, warning };
  }

  /** The cached extraction of a document, or undefined when missing or unusable. */
  get(documentId: string): Extraction | undefined {
    const statements = this.open();
    if (!statements) return undefined;
    let text: string | undefined;
    try {
      text = statements.get.get(documentId)?.json;
    } catch {
      return undefined;
    }
    if (text === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(text);
      return isExtractionOf(value, documentId) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Stores an extraction (replacing any entry of that document); returns a warning when it
   * could not be written, or when the database had to be started anew.
   */
  set(extraction: Extraction): string | null {
    const statements = this.open();
    if (!statements) return `geokg/cache: cannot write ${this.file}: ${this.openError}`;
    try {
      statements.put.run(extraction.document.id, JSON.stringify(extraction));
    } catch (err) {
      return `geokg/cache: cannot write ${this.file}: ${errorText(err)}`;
    }
    const notice = this.notice;
    this.notice = null;
    return notice;
  }

  /** Entries stored, by all connections (0 when the database cannot be opened). */
  size(): number {
    const statements = this.open();
    if (!statements) return 0;
    return (statements.db.prepare('SELECT count(*) AS n FROM extractions').get() as { n: number }).n;
  }

  /** Closes the connection; the cache opens it again if used after. */
  close(): void {
    if (this.statements) this.statements.db.close();
    this.statements = undefined;
  }
}
