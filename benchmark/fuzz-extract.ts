/**
 * Fuzzing the extractor: N generated inputs (default 100,000) through extractDocument —
 * hostile unicode, catalog names, cue words, quotes, datelines, very long runs — checking
 * that nothing throws and that every mention and evidence offset slices to its text.
 *
 *   npx tsx benchmark/fuzz-extract.ts [N] [seed]
 */
import { extractDocument } from '../dist/pipeline.js';
import { loadCatalog } from '../dist/entities/catalog/load.js';
import { documentId } from '../dist/corpus/load.js';
import { mulberry32 } from '../dist/util/random.js';

const N = Number(process.argv[2] ?? 100_000);
const rand = mulberry32(Number(process.argv[3] ?? 20141114));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const WORDS = ['South Korea', 'Seoul', 'the North', 'Kerry', 'U.S.', 'US', 'us', 'NATO-member', 'Japan\'s', 'President Bush', 'he', 'his government',
  'the two allies', 'attacked', 'was attacked by', 'sanctions on', 'may', 'won\'t', 'talks with', '920 billion won ($870 million)', 'on Thursday',
  'WASHINGTON, March 13 (Yonhap) --', '"', '“', '”', ',', '.', '?', '!', '—', '-', '(', ')', ';', ':', '\n', '\n\n', ' ', '  ', '\t', 'said', 'the',
  '🇰🇷', '💥', 'é', 'e\u0301', 'ﬁ', '\u200b', '\u202e', 'עברית', 'العربية', '中文', '\ud800', '\udc00', '\u0000', '\uffff', 'Ÿ', 'İ', 'ß'];

function randomText(): string {
  const n = Math.floor(rand() ** 2 * 120);
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.6) s += pick(WORDS);
    else if (r < 0.8) s += String.fromCharCode(Math.floor(rand() * 0x3000));
    else if (r < 0.95) s += ' ';
    else s += pick(WORDS).repeat(Math.floor(rand() * 50));
  }
  return s;
}

const catalog = loadCatalog();
let failures = 0;
const started = Date.now();
for (let i = 0; i < N; i++) {
  const text = randomText();
  try {
    const out = extractDocument({ id: documentId(text), path: `fuzz-${i}.txt`, title: null, date: rand() < 0.5 ? '2014-03-14' : null, source: null, text, bodyStart: 0 }, { catalog });
    for (const e of out.entities) for (const m of e.mentions) if (text.slice(m.start, m.end) !== m.text) throw new Error(`mention offsets ${m.start}-${m.end} do not slice to ${JSON.stringify(m.text)}`);
    for (const r of out.relations) for (const ev of r.evidence) if (text.slice(ev.start, ev.end) !== ev.sentence) throw new Error('evidence offsets do not slice to the sentence');
  } catch (err) {
    failures++;
    if (failures <= 5) console.error(`input ${i}: ${(err as Error).stack}\n${JSON.stringify(text).slice(0, 300)}`);
  }
  if ((i + 1) % 10_000 === 0) console.error(`${i + 1} inputs, ${failures} failures, ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log(`fuzz: ${N} inputs, ${failures} failures, ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failures ? 1 : 0;
