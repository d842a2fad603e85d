import { describe, expect, it } from 'vitest';
import { scratchBytes } from '../../src/util/scratch.js';

describe('scratchBytes', () => {
  it('hands back a zeroed array of at least the length asked, reused per slot', () => {
    const a = scratchBytes('test.a', 10);
    expect(a.length).toBeGreaterThanOrEqual(10);
    a.fill(7, 0, 10);
    const again = scratchBytes('test.a', 10);
    expect(again).toBe(a);
    expect([...again.subarray(0, 10)]).toEqual(new Array(10).fill(0));
  });

  it('grows for a longer request and keeps slots apart', () => {
    const small = scratchBytes('test.b', 4);
    const other = scratchBytes('test.c', 4);
    expect(other).not.toBe(small);
    const big = scratchBytes('test.b', small.length + 1);
    expect(big.length).toBeGreaterThan(small.length);
    expect(big.every((x) => x === 0)).toBe(true);
  });
});
