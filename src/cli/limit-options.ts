/** The extraction limits as CLI options, shared by `extract`, `entities` and `build`. */
import { type Command, InvalidArgumentError } from 'commander';
import { DEFAULT_LIMITS, type ExtractionLimits } from '../limits.js';

export interface LimitOptionValues {
  maxDocumentChars?: number;
  maxSentenceTokens?: number;
  maxEntities?: number;
}

function positive(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return n;
}

export function addLimitOptions(command: Command): Command {
  return command
    .option('--max-document-chars <n>', `longest document extracted, in characters (default ${DEFAULT_LIMITS.maxDocumentChars})`, positive)
    .option('--max-sentence-tokens <n>', `tokens of one sentence read for relations (default ${DEFAULT_LIMITS.maxSentenceTokens})`, positive)
    .option('--max-entities <n>', `entities per document before it is refused (default ${DEFAULT_LIMITS.maxEntities})`, positive);
}

export function limitsFrom(options: LimitOptionValues): Partial<ExtractionLimits> {
  const limits: Partial<ExtractionLimits> = {};
  if (options.maxDocumentChars !== undefined) limits.maxDocumentChars = options.maxDocumentChars;
  if (options.maxSentenceTokens !== undefined) limits.maxSentenceTokens = options.maxSentenceTokens;
  if (options.maxEntities !== undefined) limits.maxEntities = options.maxEntities;
  return limits;
}
