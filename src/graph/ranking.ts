/** Orders shared by the aggregator and its edge store: every tie is broken, so the output never depends on arrival order. */
import type { EdgeEvidence } from './types.js';

export interface RankedEvidence extends EdgeEvidence {
  confidence: number;
}

/**
 * Plain UTF-16 code unit order: the same on every machine, unlike locale collation. It is
 * also the order of Array.prototype.sort() without a comparator, which the aggregator
 * uses on plain lists of strings because it is faster.
 */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; unknown dates last. */
export function compareDatesDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareStrings(b, a);
}

/** Best evidence first: higher confidence, then newer, then document id and position. */
export function compareEvidence(a: RankedEvidence, b: RankedEvidence): number {
  return b.confidence - a.confidence
    || compareDatesDesc(a.documentDate, b.documentDate)
    || compareStrings(a.documentId, b.documentId)
    || a.start - b.start
    || a.end - b.end;
}

/**
 * Noisy-or: the probability that at least one of several independent mentions is right,
 * 1 - Π(1 - c_i), to six decimals. Factors are multiplied in sorted order so the float
 * result does not depend on the order documents arrived in, and rounded because floats
 * make 1 - (1 - 0.429) into 0.42900000000000005, which the exports would show.
 */
export function noisyOr(confidences: number[]): number {
  let miss = 1;
  for (const c of [...confidences].sort((a, b) => a - b)) miss *= 1 - Math.min(1, Math.max(0, c));
  return Math.round((1 - miss) * 1e6) / 1e6;
}
