/**
 * Limits that keep one hostile document from exhausting the process: each is checked with
 * a clear error naming the limit, instead of a crash or a stall.
 */
export interface ExtractionLimits {
  /** Characters of text per document (the loader's byte limit comes first for files). */
  maxDocumentChars: number;
  /** Tokens of one sentence that relation extraction looks at; the rest of a run-on sentence is skipped. */
  maxSentenceTokens: number;
  /** Distinct entities per document. */
  maxEntities: number;
}

export const DEFAULT_LIMITS: ExtractionLimits = {
  maxDocumentChars: 20_000_000,
  maxSentenceTokens: 400,
  maxEntities: 5_000,
};

export class LimitError extends Error {
  constructor(readonly limit: keyof ExtractionLimits, readonly value: number, readonly max: number) {
    super(`geokg/limits: ${limit} exceeded: ${value} (limit ${max})`);
    this.name = 'LimitError';
  }
}

export function resolveLimits(partial: Partial<ExtractionLimits> = {}): ExtractionLimits {
  const out = { ...DEFAULT_LIMITS, ...partial };
  for (const [k, v] of Object.entries(out)) {
    if (!Number.isInteger(v) || v <= 0) throw new Error(`geokg/limits: ${k} must be a positive integer, got ${String(v)}`);
  }
  return out;
}
