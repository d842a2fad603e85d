/**
 * The per-document extraction cache of `geokg build`. An entry is one document's
 * Extraction JSON, stored in an SQLite database (better-sqlite3) in a folder named for
 * everything else its output depends on: the extractor version and a fingerprint of the
 * extractor's code, the catalog, cue data and limits in use. An entry's key is the document id (a hash of the
 * text) with a hash of the metadata extraction reads (title, date, dateline place, where
 * the body starts: "on Tuesday" is dated from the document's date), so a changed article
 * or date is a new entry and a changed catalog a new folder; nothing is invalidated in place.
 *
 *   <dir>/<EXTRACTOR_VERSION>-<fingerprint>/extractions.sqlite
 *
 * One database rather than a file per document: creating a file cost about 0.5 ms of
 * kernel CPU on the machine the benchmarks run on, 5 s of a 10k-article build, where an
 * insert takes some 70 µs. Every build thread opens its own connection; in WAL mode
 * they read while one writes, and a killed build loses no entry it had committed. The
 * build's threads commit their entries in batches (`writeBatch`): a transaction per entry
 * made the two workers of `--jobs 2` queue for the database's one write lock.
 * Entries that cannot be read or do not look like an extraction of that document are
 * treated as missing (the document is extracted again); a file that is not a database
 * is replaced by a new one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Extraction, SourceDocument } from '../model.js';
import type { CatalogView } from '../entities/gazetteer.js';
import { resolveLimits, type ExtractionLimits } from '../limits.js';
import { dataPath } from '../util/data.js';
import { EXTRACTOR_VERSION } from '../version.js';

/** Relative to the working directory; listed in .gitignore. */
export const DEFAULT_CACHE_DIR = '.geokg-cache';

/** data/ folders besides the catalog that the extractor reads. */
const EXTRACTION_DATA = ['cues', 'lexicon'];
const EXTRACTION_DATA_FILES = ['relation-types.json'];
/** The extractor's own modules, relative to the package's module root (dist/ or src/): a change to any is a new cache folder. */
const EXTRACTION_CODE_FOLDERS = ['text', 'entities', 'relations', 'corpus'];
const EXTRACTION_CODE_FILES = ['pipeline', 'limits', 'model', 'relation-types', 'build/process-file'];
const CODE_FILE = /\.(js|ts)$/;
const MODULE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const codeHashes = new Map<string, string>();

/**
 * A hash of the extractor's code under `root`, so that a new version of geokg never reuses
 * extractions an older one cached; read once per process (about a hundred files).
 */
export function extractorCodeHash(root: string = MODULE_ROOT): string {
  const known = codeHashes.get(root);
  if (known) return known;
  const hash = sha256();
  const add = (path: string) => hash.update(`${relative(root, path)}\n`).update(readFileSync(path));
  for (const folder of EXTRACTION_CODE_FOLDERS) {
    const files = (readdirSync(join(root, folder), { recursive: true }) as string[])
      .filter((name) => CODE_FILE.test(name) && !name.endsWith('.d.ts')).sort();
    for (const name of files) add(join(root, folder, name));
  }
  for (const stem of EXTRACTION_CODE_FILES) {
    for (const ext of ['.js', '.ts']) {
      const path = join(root, stem + ext);
      if (existsSync(path)) add(path);
    }
  }
  const digest = hash.digest('hex');
  codeHashes.set(root, digest);
  return digest;
}

function sha256(): ReturnType<typeof createHash> {
  return createHash('sha256');
}

/**
 * Fingerprint of what extraction reads besides the document: every catalog entry and title
 * (packaged, corpus and --catalog files alike), the cue and lexicon files and the limits
 * (a sentence cut shorter gives fewer relations). Changing any of them gives a new
 * fingerprint and so a fresh cache folder.
 */
export function extractionFingerprint(catalog: CatalogView, limits?: Partial<ExtractionLimits>, codeRoot?: string): string {
  const hash = sha256();
  hash.update(extractorCodeHash(codeRoot)).update('\n');
  hash.update(JSON.stringify(resolveLimits(limits))).update('\n');
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

/** The entry key of a document: its id, and a hash of the metadata its extraction reads. */
export function entryKey(doc: SourceDocument): string {
  const inputs = JSON.stringify([doc.title, doc.date, doc.place ?? null, doc.bodyStart ?? 0]);
  return `${doc.id}.${sha256().update(inputs).digest('hex').slice(0, 16)}`;
}

function isExtractionOf(value: unknown, documentId: string): value is Extraction {
  const v = value as Partial<Extraction> | null;
  return !!v && typeof v === 'object' && !!v.document && v.document.id === documentId
    && Array.isArray(v.entities) && Array.isArray(v.relations);
}

export interface CacheWriting {
  /**
   * Entries held before they are committed in one transaction (default 1: each at once).
   * Held entries are read back by this connection only, until set() fills the batch or
   * flush() or close() commits it.
   */
  writeBatch?: number;
}

/**
 * The build's batch: on the 10k benchmark corpus, a transaction per entry took 1.25–1.28 s
 * of each thread's time in SQLite with `--jobs 2` (5,000 entries each), batches of 4 took
 * 0.81 s and batches of 32 0.42 s; with `--jobs 1`, 1.25 s, 1.01 s and 0.79 s for 10,000.
 */
export const BUILD_WRITE_BATCH = 32;

export interface ExtractionCacheOptions extends CacheWriting {
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
  /** Writes held entries in one transaction. */
  putAll: Database.Transaction<(entries: Array<[string, string]>) => void>;
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
  /** Said once, by the next commit: the file in the way was not a database and was replaced. */
  private notice: string | null = null;
  private readonly writeBatch: number;
  /**
   * Entries not yet committed, [document id, extraction JSON], in the order set. (An array:
   * held in a Map that was cleared after each commit, the strings raised a two-job build's
   * peak RSS by some 80 MB, in an array not at all.)
   */
  private readonly held: Array<[string, string]> = [];

  /**
   * `{ folder }` opens a folder another thread already worked out (its `dir`): build
   * workers use the main thread's cache, whatever their working directory.
   */
  constructor(options: ExtractionCacheOptions | ({ folder: string } & CacheWriting)) {
    const writeBatch = options.writeBatch ?? 1;
    if (!Number.isSafeInteger(writeBatch) || writeBatch < 1) throw new Error(`geokg/cache: writeBatch must be a positive integer, got ${String(writeBatch)}`);
    this.writeBatch = writeBatch;
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
      const put = db.prepare<[string, string]>('INSERT OR REPLACE INTO extractions (id, json) VALUES (?, ?)');
      return {
        db,
        get: db.prepare<[string], { json: string }>('SELECT json FROM extractions WHERE id = ?'),
        putAll: db.transaction((entries: Array<[string, string]>) => {
          for (const [id, json] of entries) put.run(id, json);
        }),
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

  /**
   * The cached extraction of a document (as it is now: text and metadata), or undefined when
   * missing or unusable; `key` is entryKey(doc), for a caller that has it already.
   */
  get(doc: SourceDocument, key = entryKey(doc)): Extraction | undefined {
    let text: string | undefined;
    // the latest held entry of that document, if any
    for (let k = this.held.length - 1; k >= 0 && text === undefined; k--) if (this.held[k][0] === key) text = this.held[k][1];
    if (text === undefined) {
      const statements = this.open();
      if (!statements) return undefined;
      try {
        text = statements.get.get(key)?.json;
      } catch {
        return undefined;
      }
    }
    if (text === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(text);
      return isExtractionOf(value, doc.id) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Stores an extraction (replacing any entry of that document), at once or when the write
   * batch is full; returns a warning when what was committed could not be written, or when
   * the database had to be started anew.
   */
  set(doc: SourceDocument, extraction: Extraction, key = entryKey(doc)): string | null {
    this.held.push([key, JSON.stringify(extraction)]);
    return this.held.length >= this.writeBatch ? this.flush() : null;
  }

  /** Commits the held entries in one transaction; a warning as set() gives one. */
  flush(): string | null {
    if (!this.held.length) return null;
    const statements = this.open();
    if (!statements) {
      this.held.length = 0;
      return `geokg/cache: cannot write ${this.file}: ${this.openError}`;
    }
    try {
      statements.putAll(this.held);
    } catch (err) {
      return `geokg/cache: cannot write ${this.file}: ${errorText(err)}`;
    } finally {
      this.held.length = 0;
    }
    const notice = this.notice;
    this.notice = null;
    return notice;
  }

  /** Entries committed, by all connections (0 when the database cannot be opened). */
  size(): number {
    const statements = this.open();
    if (!statements) return 0;
    return (statements.db.prepare('SELECT count(*) AS n FROM extractions').get() as { n: number }).n;
  }

  /** Commits what is held and closes the connection (opened again if used after); flush()'s warning. */
  close(): string | null {
    const warning = this.flush();
    if (this.statements) this.statements.db.close();
    this.statements = undefined;
    return warning;
  }
}
