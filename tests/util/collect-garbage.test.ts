import { setTimeout as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/util/collect-garbage.js';

/** A weak reference to an array nothing else holds. */
function dropped(): WeakRef<number[]> {
  return new WeakRef(Array.from({ length: 100_000 }, (_, i) => i));
}

describe('collectGarbage', () => {
  it('runs a full collection that frees what nothing holds any more', async () => {
    const ref = dropped();
    // a target made or read in the current job is kept until the job ends
    await tick(0);
    expect(collectGarbage()).toBe(true);
    expect(ref.deref()).toBeUndefined();
    // and again, the function once found
    expect(collectGarbage()).toBe(true);
  });
});
