/**
 * A seeded generator of news articles for benchmarks: wire copy (.txt), Markdown with
 * front matter (.md), web pages (.html) and JSON lines (.jsonl). Sentences are composed
 * from templates over actors of the packaged catalog, so every relation type turns up,
 * together with negated and hypothetical traps, quotes, numbers and page furniture
 * (navigation lines, bylines, end marks). The same seed always gives the same corpus.
 *
 *   npx tsx benchmark/generate.ts COUNT [DIR] [SEED]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { loadCorpus } from '../dist/corpus/load.js';
import { loadCatalog } from '../dist/entities/catalog/load.js';
import type { SourceDocument } from '../dist/model.js';
import type { CatalogEntry } from '../dist/entities/catalog/schema.js';
import { mulberry32 } from '../dist/util/random.js';

export type ArticleFormat = 'txt' | 'md' | 'html' | 'jsonl';
export const ALL_FORMATS: readonly ArticleFormat[] = ['txt', 'md', 'html', 'jsonl'];

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Output folder; reused as is when it already holds the same corpus (see DIR.manifest.json). */
  dir: string;
  /** Formats, used in turn article by article. Default: all four. */
  formats?: readonly ArticleFormat[];
}

export interface GeneratedCorpus {
  dir: string;
  articles: number;
  files: number;
  words: number;
  bytes: number;
  seed: number;
  formats: ArticleFormat[];
}

export interface Article {
  title: string;
  date: string;
  source: string;
  place: string;
  url: string;
  paragraphs: string[];
}

/** Bump when the templates change, so cached corpora are rebuilt. */
const GENERATOR_VERSION = 4;
const FILES_PER_FOLDER = 1000;
const RECORDS_PER_JSONL = 50;
const AGENCIES = ['Yonhap', 'Reuters', 'AFP', 'AP', 'Kyodo', 'Xinhua', 'Anadolu'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPICS = ['the nuclear program', 'maritime security', 'the border dispute', 'energy supplies', 'the refugee crisis', 'cyber attacks',
  'the ceasefire', 'grain exports', 'arms control', 'the disputed islands', 'climate finance', 'counterterrorism', 'the election crisis'];
const AMOUNTS = ['$870 million', '$1.2 billion', '920 billion won', '45 million euros', '$300 million', '2.5 billion dollars', '$60 million'];
const FILLER = [
  'Officials declined to give further details.',
  'The statement came after weeks of diplomatic activity in the region.',
  'Analysts said the move reflected growing concern over {topic}.',
  'The ministry said the two sides would continue consultations at the working level.',
  'Markets were little changed after the announcement.',
  'Local media reported that the meeting lasted nearly three hours.',
  '"We will continue to watch the situation closely," a spokesman said.',
  'The issue is expected to dominate the agenda of next month\'s summit.',
];
const NAVIGATION = ['Go Search Go Contents Home | World | Politics | Business | Sports', 'Home > News > World > Asia',
  'Skip to main content Menu Search Subscribe Sign in', 'Share Tweet Email Print Font size'];
const END_LINES = ['(END)', 'Copyright (c) {agency}. All rights reserved.', 'Related stories: more world news', '-- Reporting by staff correspondents; editing by the desk'];

/** Relation sentences: {A} and {B} are actors, {a}/{b} their adjectives, {P} a titled person of {A}. */
const RELATION_TEMPLATES: Record<string, string[]> = {
  alliance: ['{A} reaffirmed its alliance with {B} on {day}.', '{A} and {B} are treaty allies, bound by a mutual defense treaty.',
    '{P} said {A} remains committed to extended deterrence for {B}.'],
  cooperation: ['{A} agreed to cooperate with {B} on {topic}.', '{A} and {B} held a joint exercise near {R} on {day}.',
    '{a} and {b} officials will coordinate closely, the ministry said.'],
  negotiation: ['{P} met {b} leaders in {cap} on {day} to discuss {topic}.', '{A} held talks with {B} on {topic}.',
    '{P} visited {B} earlier this month.'],
  support: ['{A} voiced support for {B} in the dispute over {topic}.', '{A} backed {B}\'s bid to join {O}.'],
  funding: ['{A} will pay {amount} this year toward the upkeep of {M}.', '{A} contributed {amount} to {O} for {topic}.',
    '{A} granted {amount} in aid to {B}.'],
  trade: ['{A} signed a trade deal with {B} on {day}.', '{A} and {B} agreed to cut tariffs on farm goods.'],
  criticism: ['{A} condemned {B} for its role in {topic}.', '{P} accused {B} of violating the agreement.',
    '{A} sharply criticized {B} on {day}.'],
  threat: ['{A} threatened {B} with retaliation over {topic}.', 'Officials said {A} poses a growing threat to {B}.'],
  sanction: ['{A} imposed sanctions on {B} over {topic}.', '{A} expelled four {b} diplomats on {day}.',
    '{O} imposed an arms embargo on {B}.'],
  attack: ['{a} forces fired missiles at {B} on {day}, officials said.', '{A} attacked {b} positions near {R}.',
    '{A} shelled border villages in {B} overnight.'],
  deployment: ['About 28,500 {a} troops are stationed in {B}.', '{A} deployed additional troops to {B} on {day}.',
    '{A} sent forces to {R} last week.'],
  affiliation: ['{A} is a member of {O}.', '{P} spoke to reporters after the meeting.'],
};

/** Statements an extractor must not take as fact. */
const TRAP_TEMPLATES = [
  '{A} may seek to impose sanctions on {B} if talks fail.', '{A} denied that it had attacked {B}.',
  '{A} refused to meet {b} officials.', 'There was no report of any talks between {A} and {B}.',
  '{A} would pay more if {B} asked, the official said.', 'Will {A} strike a deal with {B}?',
  '{A} won\'t be tempted to threaten {B}, analysts said.', '{A} is considering whether to deploy troops to {B}.',
];

interface Actors {
  countries: CatalogEntry[];
  people: CatalogEntry[];
  organizations: CatalogEntry[];
  forces: CatalogEntry[];
  regions: CatalogEntry[];
}

function actorsOf(entries: Iterable<CatalogEntry>): Actors {
  const a: Actors = { countries: [], people: [], organizations: [], forces: [], regions: [] };
  for (const e of entries) {
    if (e.type === 'country' && e.capitals.length && e.adjectives.length) a.countries.push(e);
    else if (e.type === 'person' && e.roles.length) a.people.push(e);
    else if (e.type === 'organization') a.organizations.push(e);
    else if (e.type === 'military') a.forces.push(e);
    else if (e.type === 'region') a.regions.push(e);
  }
  return a;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One article, fully determined by (actors, seed, index). */
export function composeArticle(actors: Actors, rand: () => number, index: number): Article {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  // a titled person and the state they served, on a date inside their term
  const person = pick(actors.people);
  const role = pick(person.roles);
  const from = Date.parse(role.from ? `${role.from.slice(0, 4)}-01-01` : '2005-01-01');
  const to = Math.max(from, Math.min(Date.parse(role.to ? `${role.to.slice(0, 4)}-12-31` : '2024-12-31'), Date.parse('2024-12-31')));
  const day = new Date(from + Math.floor(rand() * (to - from + 1)));
  const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  const home = actors.countries.find((c) => c.id === role.of) ?? pick(actors.countries);
  const others = Array.from({ length: 3 }, () => pick(actors.countries)).filter((c) => c.id !== home.id);
  if (!others.length) others.push(actors.countries.find((c) => c.id !== home.id)!);
  const agency = pick(AGENCIES);
  const fill = (template: string, a: CatalogEntry, b: CatalogEntry) => template
    .replace(/\{A\}/g, () => (rand() < 0.25 ? pick(a.capitals) : a.label))
    .replace(/\{B\}/g, () => b.label)
    .replace(/\{a\}/g, () => pick(a.adjectives))
    .replace(/\{b\}/g, () => pick(b.adjectives))
    .replace(/\{P\}/g, () => `${home.adjectives[0]} ${role.title} ${person.label}`)
    .replace(/\{cap\}/g, () => pick(b.capitals))
    .replace(/\{O\}/g, () => pick(actors.organizations).label)
    .replace(/\{M\}/g, () => pick(actors.forces).label)
    .replace(/\{R\}/g, () => pick(actors.regions).label)
    .replace(/\{day\}/g, () => pick(WEEKDAYS))
    .replace(/\{topic\}/g, () => pick(TOPICS))
    .replace(/\{amount\}/g, () => pick(AMOUNTS))
    .replace(/\{agency\}/g, agency);
  const types = Object.keys(RELATION_TEMPLATES);
  const paragraphs: string[] = [];
  const paragraphCount = 5 + Math.floor(rand() * 5);
  for (let p = 0; p < paragraphCount; p++) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(rand() * 3);
    for (let s = 0; s < n; s++) {
      const r = rand();
      const b = pick(others);
      // the article's cast: mostly the home state against the others, sometimes the other way round
      const [x, y] = rand() < 0.7 ? [home, b] : [b, home];
      if (r < 0.62) sentences.push(fill(pick(RELATION_TEMPLATES[types[(index + p + s) % types.length]]), x, y));
      else if (r < 0.78) sentences.push(fill(pick(TRAP_TEMPLATES), x, y));
      else sentences.push(fill(pick(FILLER), x, y));
    }
    paragraphs.push(sentences.join(' '));
  }
  const other = others[0];
  const title = `${home.label}, ${other.label} ${pick(['discuss', 'clash over', 'agree on', 'review'])} ${pick(TOPICS).replace(/^the /, '')}`;
  const place = pick(home.capitals).toUpperCase();
  paragraphs[0] = `${place}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()} (${agency}) -- ${paragraphs[0]}`;
  const url = `https://news.example.org/${date.replace(/-/g, '/')}/article-${index}`;
  if (rand() < 0.5) paragraphs.push(fill(pick(END_LINES), home, other));
  return { title, date, source: agency, place, url, paragraphs };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderArticle(article: Article, format: Exclude<ArticleFormat, 'jsonl'>, rand: () => number): string {
  const { title, date, source, url, paragraphs } = article;
  if (format === 'txt') {
    const nav = rand() < 0.4 ? `${NAVIGATION[Math.floor(rand() * NAVIGATION.length)]}\n\n` : '';
    return `${nav}${title}\n\n${date.replace(/-/g, '/')} ${pad(8 + Math.floor(rand() * 12))}:${pad(Math.floor(rand() * 60))}\n\n${paragraphs.join('\n\n')}\n`;
  }
  if (format === 'md') {
    return `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\nsource: ${source}\nurl: ${url}\n---\n\n# ${title}\n\n${paragraphs.join('\n\n')}\n`;
  }
  return `<!doctype html>\n<html><head><title>${escapeHtml(title)} | ${source}</title>\n`
    + `<meta property="og:title" content="${escapeHtml(title)}">\n<meta property="article:published_time" content="${date}T09:00:00Z">\n`
    + `<meta property="og:site_name" content="${source}"><link rel="canonical" href="${url}">\n<script>window.dataLayer = [];</script></head>\n`
    + `<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a></nav>\n<article><h1>${escapeHtml(title)}</h1>\n`
    + `<p class="byline">By Staff Reporter</p>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article>\n`
    + `<footer>Copyright ${source}. <a href="/terms">Terms</a></footer></body></html>\n`;
}

/** Whitespace-separated words: the unit of every words/s figure, for geokg and baselines alike. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Writes a corpus of `count` articles to `dir`, or reuses the one already there. */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const seed = options.seed ?? 20140314;
  const formats = [...(options.formats ?? ALL_FORMATS)];
  if (!Number.isSafeInteger(options.count) || options.count < 1) throw new Error(`geokg/bench: article count must be a positive integer, got ${options.count}`);
  if (!formats.length || formats.some((f) => !ALL_FORMATS.includes(f))) throw new Error(`geokg/bench: unknown format in ${JSON.stringify(formats)}`);
  const dir = resolve(options.dir);
  // beside the folder, not in it: a .json file inside would be read as a corpus record
  const manifestPath = `${dir}.manifest.json`;
  const key = { version: GENERATOR_VERSION, count: options.count, seed, formats };
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as GeneratedCorpus & { key: typeof key };
    if (JSON.stringify(manifest.key) === JSON.stringify(key)) return { dir, articles: manifest.articles, files: manifest.files, words: manifest.words, bytes: manifest.bytes, seed, formats };
  }
  rmSync(dir, { recursive: true, force: true });
  const actors = actorsOf(loadCatalog().entries.values());
  const rand = mulberry32(seed);
  let files = 0;
  let words = 0;
  let bytes = 0;
  let jsonl: string[] = [];
  const write = (name: string, content: string) => {
    const folder = join(dir, String(Math.floor(files / FILES_PER_FOLDER)).padStart(3, '0'));
    if (files % FILES_PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, name), content);
    files++;
    bytes += Buffer.byteLength(content);
  };
  const flushJsonl = (index: number) => {
    if (jsonl.length) write(`batch-${String(index).padStart(6, '0')}.jsonl`, `${jsonl.join('\n')}\n`);
    jsonl = [];
  };
  for (let i = 0; i < options.count; i++) {
    const article = composeArticle(actors, rand, i);
    const format = formats[i % formats.length];
    words += countWords(article.paragraphs.join('\n\n')) + countWords(article.title);
    const name = `${article.date}-article-${String(i).padStart(6, '0')}`;
    if (format === 'jsonl') {
      jsonl.push(JSON.stringify({ title: article.title, date: article.date, source: article.source, url: article.url, text: article.paragraphs.join('\n\n') }));
      if (jsonl.length >= RECORDS_PER_JSONL) flushJsonl(i);
    } else write(`${name}.${format}`, renderArticle(article, format, rand));
  }
  flushJsonl(options.count);
  const result: GeneratedCorpus = { dir, articles: options.count, files, words, bytes, seed, formats };
  writeFileSync(manifestPath, `${JSON.stringify({ ...result, key }, null, 2)}\n`);
  return result;
}

/** Every document of a corpus folder, loaded as `geokg build` loads them. */
export async function loadDocuments(dir: string): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for await (const r of loadCorpus([dir])) if (r.ok) docs.push(r.document);
  return docs;
}

/** The baseline: wink-nlp's readDoc with the English lite model, loaded once. */
export function winkReadDoc(): (text: string) => unknown {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: unknown) => { readDoc(text: string): unknown };
  const nlp = winkNLP(require('wink-eng-lite-web-model'));
  return (text) => nlp.readDoc(text);
}

/** benchmark/corpora/<name>: where the benchmarks keep generated corpora (git-ignored). */
export function corpusDir(name: string): string {
  return fileURLToPath(new URL(`./corpora/${name}`, import.meta.url));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 1000);
  const out = generateCorpus({ count, dir: process.argv[3] ?? corpusDir(`articles-${count}`), seed: process.argv[4] ? Number(process.argv[4]) : undefined });
  console.log(JSON.stringify(out));
}
