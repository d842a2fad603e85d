/** The binary heap under the path search: pop order, ties, peek, clear. */
import { describe, expect, it } from 'vitest';
import { BinaryHeap } from '../../src/util/binary-heap.js';
import { mulberry32 } from '../../src/util/random.js';

describe('BinaryHeap', () => {
  it('pops in order for random inputs', () => {
    const rand = mulberry32(7);
    const heap = new BinaryHeap<number>((a, b) => a < b);
    const values = Array.from({ length: 500 }, () => Math.floor(rand() * 100));
    for (const v of values) heap.push(v);
    const out: number[] = [];
    while (heap.size > 0) out.push(heap.pop()!);
    expect(out).toEqual([...values].sort((a, b) => a - b));
    expect(heap.pop()).toBeUndefined();
  });

  it('follows the order it is given, pushes and pops mixed', () => {
    const rand = mulberry32(11);
    // larger first, then by name: a total order over [cost, name]
    const heap = new BinaryHeap<[number, string]>((a, b) => a[0] !== b[0] ? a[0] > b[0] : a[1] < b[1]);
    const kept: Array<[number, string]> = [];
    const out: Array<[number, string]> = [];
    for (let i = 0; i < 300; i++) {
      const item: [number, string] = [Math.floor(rand() * 10), `n${i}`];
      heap.push(item);
      kept.push(item);
      if (i % 3 === 2) {
        const top = heap.pop()!;
        const best = [...kept].sort((a, b) => (a[0] !== b[0] ? b[0] - a[0] : a[1] < b[1] ? -1 : 1))[0];
        expect(top).toBe(best);
        kept.splice(kept.indexOf(top), 1);
        out.push(top);
      }
    }
    expect(heap.size).toBe(kept.length);
    expect(heap.peek()).toBe([...kept].sort((a, b) => (a[0] !== b[0] ? b[0] - a[0] : a[1] < b[1] ? -1 : 1))[0]);
    heap.clear();
    expect(heap.size).toBe(0);
    expect(heap.peek()).toBeUndefined();
  });
});
