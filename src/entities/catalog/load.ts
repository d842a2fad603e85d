/**
 * Loads the entity catalog: generated countries, the packaged data/catalog/*.json,
 * the corpus's catalog.json and user --catalog files, in that order. A later entry
 * extends the earlier entry of the same id (arrays unioned, scalars overridden) or,
 * with `replace: true`, replaces it. Every file is validated; every problem becomes
 * one line naming the file, the entry, the field and the bad value.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { PACKAGE_ROOT, dataPath } from '../../util/data.js';
import { generatedCountries } from './countries.js';
import { CatalogFileSchema, TitlesFileSchema } from './schema.js';
import type { CatalogEntry, Title } from './schema.js';

/**
 * The loaded catalog. Entries and titles are frozen and shared between loads: read them,
 * copy them to change them. Without corpus or user files every load returns the same object.
 */
export interface Catalog {
  entries: Map<string, CatalogEntry>;
  titles: Title[];
  /** Where the entries came from, in load order ("world-countries", then file paths). */
  sources: string[];
}

export interface LoadCatalogOptions {
  /** User catalog files (--catalog FILE), loaded last, in order. */
  files?: string[];
  /** Folder whose corpus/catalog.json is loaded when present; defaults to the process's cwd. */
  cwd?: string;
  /**
   * Corpus paths as given to a command (folders, or files whose folder counts): the
   * catalog.json of each is loaded when present, in order, after the one under cwd.
   */
  corpus?: string[];
}

/** The folders whose catalog.json a corpus brings: each folder given, or a given file's folder. */
function corpusFolders(paths: string[]): string[] {
  const folders: string[] = [];
  for (const path of paths) {
    try {
      folders.push(statSync(path).isDirectory() ? path : dirname(path));
    } catch {
      // a path that does not exist brings no catalog; the corpus walk reports it
    }
  }
  return folders;
}

/** All problems found while loading; `message` has one line per problem. */
export class CatalogError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

const MODULE = 'geokg/catalog';
const GENERATED_SOURCE = 'world-countries';
const ARRAY_FIELDS = ['aliases', 'capitals', 'metonyms', 'demonyms', 'adjectives', 'homeNames', 'hosts', 'members'] as const;

/** One file's entry as it was written, kept to report reference problems where they were made. */
interface Contribution {
  source: string;
  index: number;
  entry: CatalogEntry;
}

interface CatalogState {
  entries: Map<string, CatalogEntry>;
  contributions: Map<string, Contribution[]>;
  sources: string[];
}

interface PackagedCatalog {
  state: CatalogState;
  titles: Title[];
  /** Handed out as is when no corpus or user file is added, so callers can key caches on it. */
  catalog: Catalog;
}

let packagedCache: PackagedCatalog | undefined;

// jsonc-parser ships a UMD build whose named exports ESM loaders cannot see; require() works everywhere.
const jsonc = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');

export function loadCatalog(options: LoadCatalogOptions = {}): Catalog {
  const packaged = loadPackaged();
  const userFiles: Array<{ path: string; display: string }> = [];
  const corpusCatalogs = [join(options.cwd ?? process.cwd(), 'corpus', 'catalog.json')];
  for (const folder of corpusFolders(options.corpus ?? [])) corpusCatalogs.push(join(folder, 'catalog.json'));
  for (const file of corpusCatalogs) {
    const path = resolve(file);
    if (existsSync(path) && !userFiles.some((f) => f.path === path)) userFiles.push({ path, display: file });
  }
  for (const file of options.files ?? []) userFiles.push({ path: resolve(file), display: file });

  if (userFiles.length === 0) return packaged.catalog;
  const problems: string[] = [];
  const state = copyState(packaged.state);
  for (const file of userFiles) {
    const entries = readCatalogFile(file.path, file.display, problems);
    if (entries) applyEntries(state, file.display, entries, problems);
  }
  if (problems.length === 0) checkReferences(state, problems);
  if (problems.length > 0) throw new CatalogError(problems);
  return { entries: state.entries, titles: packaged.titles, sources: state.sources };
}

/** Forgets the cached packaged catalog (for callers that change data/ at run time). */
export function clearCatalogCache(): void {
  packagedCache = undefined;
}

function loadPackaged(): PackagedCatalog {
  if (packagedCache) return packagedCache;
  const problems: string[] = [];
  const state: CatalogState = { entries: new Map(), contributions: new Map(), sources: [] };
  const generated = validateCatalog({ entries: generatedCountries() }, GENERATED_SOURCE, problems);
  if (generated) applyEntries(state, GENERATED_SOURCE, generated, problems);
  const catalogDir = dataPath('catalog');
  const files = existsSync(catalogDir) ? readdirSync(catalogDir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const file of files) {
    const path = join(catalogDir, file);
    const entries = readCatalogFile(path, displayPackaged(path), problems);
    if (entries) applyEntries(state, displayPackaged(path), entries, problems);
  }
  const titles = readTitlesFile(dataPath('lexicon', 'titles.json'), problems);
  if (problems.length === 0) checkReferences(state, problems);
  if (problems.length > 0) throw new CatalogError(problems);
  for (const entry of state.entries.values()) deepFreeze(entry);
  deepFreeze(titles);
  const catalog: Catalog = { entries: new Map(state.entries), titles, sources: [...state.sources] };
  packagedCache = { state, titles, catalog };
  return packagedCache;
}

function displayPackaged(path: string): string {
  const rel = relative(PACKAGE_ROOT, path);
  return isAbsolute(rel) || rel.startsWith('..') ? path : rel.split('\\').join('/');
}

function copyState(state: CatalogState): CatalogState {
  return { entries: new Map(state.entries), contributions: new Map(state.contributions), sources: [...state.sources] };
}

// ---------------------------------------------------------------- reading and validation

function readJson(path: string, display: string, problems: string[]): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    problems.push(`${MODULE}: ${display}: cannot read the file: ${(err as Error).message}`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    problems.push(`${MODULE}: ${display}: invalid JSON${jsonErrorPlace(text, (err as Error).message)}`);
    return undefined;
  }
}

/**
 * " at line L, column C: <problem>". JSON.parse does not always say where it failed, so the
 * place comes from a second, error-tolerant parse; the native message is the fallback.
 */
export function jsonErrorPlace(text: string, nativeMessage: string): string {
  const errors: ParseError[] = [];
  jsonc.parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return `: ${nativeMessage}`;
  const lines = text.slice(0, first.offset).split('\n');
  const problem = jsonc.printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return ` at line ${lines.length}, column ${lines[lines.length - 1].length + 1}: ${problem}`;
}

function readCatalogFile(path: string, display: string, problems: string[]): CatalogEntry[] | undefined {
  const data = readJson(path, display, problems);
  return data === undefined ? undefined : validateCatalog(data, display, problems);
}

function validateCatalog(data: unknown, display: string, problems: string[]): CatalogEntry[] | undefined {
  const parsed = CatalogFileSchema.safeParse(data);
  if (parsed.success) return parsed.data.entries;
  const rawEntries = isRecord(data) && Array.isArray(data.entries) ? data.entries : [];
  for (const issue of parsed.error.issues) problems.push(describeIssue(display, issue, 'entries', 'entry', rawEntries, 'id'));
  return undefined;
}

function readTitlesFile(path: string, problems: string[]): Title[] {
  const display = displayPackaged(path);
  if (!existsSync(path)) return [];
  const data = readJson(path, display, problems);
  if (data === undefined) return [];
  const parsed = TitlesFileSchema.safeParse(data);
  if (!parsed.success) {
    const rawTitles = isRecord(data) && Array.isArray(data.titles) ? data.titles : [];
    for (const issue of parsed.error.issues) problems.push(describeIssue(display, issue, 'titles', 'title', rawTitles, 'title'));
    return [];
  }
  const seen = new Map<string, number>();
  parsed.data.titles.forEach((title, index) => {
    const first = seen.get(title.title);
    if (first !== undefined) problems.push(`${MODULE}: ${display}: title ${index} ("${title.title}"): duplicate title, first at title ${first}`);
    else seen.set(title.title, index);
  });
  return parsed.data.titles;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `geokg/catalog: FILE: entry 12 ("usfk"), field "hosts[0]": expected string, got number` */
function describeIssue(
  display: string, issue: z.core.$ZodIssue, listKey: string, itemWord: string, rawItems: unknown[], nameKey: string,
): string {
  const path = [...issue.path];
  let where = '';
  if (path[0] === listKey && typeof path[1] === 'number') {
    const index = path[1];
    const raw = rawItems[index];
    const name = isRecord(raw) && typeof raw[nameKey] === 'string' ? ` ("${raw[nameKey]}")` : '';
    where = `${itemWord} ${index}${name}`;
    path.splice(0, 2);
  }
  const details = issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => ({ field: formatPath([...path, key]), problem: 'unknown field' }))
    : [{ field: formatPath(path), problem: describeProblem(issue) }];
  return details
    .map(({ field, problem }) => {
      const parts = [where, field ? `field "${field}"` : ''].filter((p) => p.length > 0).join(', ');
      return `${MODULE}: ${display}: ${parts ? `${parts}: ` : ''}${problem}`;
    })
    .join('\n');
}

function describeProblem(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const received = /received (\w+)/.exec(issue.message)?.[1];
    if (received === 'undefined') return `missing (expected ${issue.expected})`;
    return received ? `expected ${issue.expected}, got ${received}` : `expected ${issue.expected}`;
  }
  return issue.message.replace(/^Invalid (input|option): /, '');
}

function formatPath(path: PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

// ---------------------------------------------------------------- merging

function applyEntries(state: CatalogState, source: string, entries: CatalogEntry[], problems: string[]): void {
  state.sources.push(source);
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = firstIndex.get(entry.id);
    if (first !== undefined) {
      problems.push(`${MODULE}: ${source}: entry ${index} ("${entry.id}"): duplicate id, first at entry ${first}`);
      return;
    }
    firstIndex.set(entry.id, index);
    const contribution: Contribution = { source, index, entry };
    const existing = state.entries.get(entry.id);
    if (!existing || entry.replace === true) {
      state.entries.set(entry.id, canonicalEntry(entry));
      state.contributions.set(entry.id, [contribution]);
      return;
    }
    if (existing.type !== entry.type) {
      problems.push(`${MODULE}: ${source}: entry ${index} ("${entry.id}"), field "type": "${entry.type}" differs from the earlier "${existing.type}"; set "replace": true to change it`);
      return;
    }
    state.entries.set(entry.id, mergeEntries(existing, entry));
    state.contributions.set(entry.id, [...(state.contributions.get(entry.id) ?? []), contribution]);
  });
}

/**
 * A copy of an entry with every field of the schema, in the schema's order, absent optional
 * ones as undefined, and no directive ("replace"). All entries then share one hidden class
 * (as do their roles), which keeps the many lookups that read them monomorphic; JSON.stringify
 * gives the same text as for the parsed entry.
 */
function canonicalEntry(e: CatalogEntry): CatalogEntry {
  return {
    id: e.id, type: e.type, label: e.label,
    aliases: [...e.aliases], capitals: [...e.capitals], metonyms: [...e.metonyms], demonyms: [...e.demonyms], adjectives: [...e.adjectives],
    roles: e.roles.map(canonicalRole),
    gender: e.gender, affiliation: e.affiliation, homeNames: [...e.homeNames], state: e.state, hosts: [...e.hosts], members: [...e.members], kind: e.kind,
  };
}

function canonicalRole(r: CatalogEntry['roles'][number]): CatalogEntry['roles'][number] {
  return { title: r.title, of: r.of, from: r.from, to: r.to };
}

/** A new entry: `base` extended by `extension`; neither is changed. */
export function mergeEntries(base: CatalogEntry, extension: CatalogEntry): CatalogEntry {
  const merged = canonicalEntry(base);
  merged.label = extension.label;
  for (const field of ARRAY_FIELDS) merged[field] = [...new Set([...base[field], ...extension[field]])];
  const roleKey = (r: CatalogEntry['roles'][number]) => JSON.stringify([r.title, r.of, r.from ?? null, r.to ?? null]);
  const roles = new Map(merged.roles.map((r) => [roleKey(r), r]));
  for (const role of extension.roles.map(canonicalRole)) if (!roles.has(roleKey(role))) roles.set(roleKey(role), role);
  merged.roles = [...roles.values()];
  if (extension.gender !== undefined) merged.gender = extension.gender;
  if (extension.affiliation !== undefined) merged.affiliation = extension.affiliation;
  if (extension.state !== undefined) merged.state = extension.state;
  if (extension.kind !== undefined) merged.kind = extension.kind;
  return merged;
}

// ---------------------------------------------------------------- cross-references

/** Every roles[].of, affiliation, state, hosts[] and members[] must name a known entry id. */
function checkReferences(state: CatalogState, problems: string[]): void {
  for (const [id, contributions] of state.contributions) {
    // the affiliation in force is the last one written; earlier ones were overridden
    const affiliationFrom = [...contributions].reverse().find((c) => c.entry.affiliation !== undefined);
    for (const contribution of contributions) {
      const { entry } = contribution;
      const refs: Array<[string, string]> = [];
      entry.roles.forEach((role, i) => refs.push([`roles[${i}].of`, role.of]));
      if (contribution === affiliationFrom && entry.affiliation !== undefined) refs.push(['affiliation', entry.affiliation]);
      if (entry.state !== undefined) refs.push(['state', entry.state]);
      entry.hosts.forEach((host, i) => refs.push([`hosts[${i}]`, host]));
      entry.members.forEach((member, i) => refs.push([`members[${i}]`, member]));
      for (const [field, target] of refs) {
        if (!state.entries.has(target)) {
          problems.push(`${MODULE}: ${contribution.source}: entry ${contribution.index} ("${id}"), field "${field}": unknown id "${target}"`);
        }
      }
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
