/**
 * The relation stage's acceptance figures, as `geokg eval` prints them: the 100 gold articles
 * of sets a–e in tests/gold (overall F1 at least 0.85, no asserted trap), set f (F1 at least
 * 0.70, at most one trap), set g (F1 at least 0.70, no trap), set h (F1 at least 0.69, at most
 * two traps), set i (F1 at least 0.72, at most one trap), set j (F1 at least 0.70, at most one
 * trap), the held-out set k (F1 at least 0.59, at most six traps) and the public PLOVER
 * sentences read from ../shared (hit rate at least 0.70). A change that drops any of them below
 * fails here.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateGoldDir, evaluatePlover } from '../../src/cli/commands/eval.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('gold articles', () => {
  it('sets a–e, 100 articles: overall F1 at least 0.85 and no trap asserted', () => {
    const report = evaluateGoldDir(resolve(ROOT, 'tests', 'gold'), ['a', 'b', 'c', 'd', 'e']);
    expect(report.documents).toBe(100);
    expect(report.traps).toEqual([]);
    expect(report.f1).toBeGreaterThanOrEqual(0.85);
  }, 60_000);

  // f: first read at F1 0.555 and 6 trap hits; the floor keeps what the work on its misses gained
  // g: held out at first (F1 0.608, one trap), then worked on once set h was written to take its place
  // h: held out through one round (F1 0.588, seven traps), then worked on once set i was written to take its place
  // i: held out through one round (F1 0.650, one trap), then worked on once set j was written to take its place
  // j: held out through one round (F1 0.566, then 0.581, two traps), then worked on once set k was written to take its place
  // k: held out: its misses are not read, so its figure says how the rules carry to new text
  it.each([
    ['f', 0.7, 1],
    ['g', 0.70, 0],
    ['h', 0.69, 2],
    ['i', 0.72, 1],
    ['j', 0.70, 1],
    ['k', 0.59, 6],
  ] as const)('set %s, 20 articles: F1 at least %s, at most %s traps asserted', (set, f1, traps) => {
    const report = evaluateGoldDir(resolve(ROOT, 'tests', 'gold'), [set]);
    expect(report.documents).toBe(20);
    expect(report.traps.length).toBeLessThanOrEqual(traps);
    expect(report.f1).toBeGreaterThanOrEqual(f1);
  }, 60_000);
});

const RECORDS = resolve(ROOT, '..', 'shared', 'benchmarks', 'plover', 'records.jsonl');
const present = existsSync(RECORDS);
if (!present && !process.env.CI) console.warn(`geokg tests: ${RECORDS} is absent; the PLOVER acceptance test is skipped`);

(present || process.env.CI ? describe : describe.skip)('PLOVER records', () => {
  it('hit rate at least 0.70', () => {
    expect(evaluatePlover(RECORDS).hitRate).toBeGreaterThanOrEqual(0.7);
  }, 60_000);
});
