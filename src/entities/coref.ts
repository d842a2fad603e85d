/**
 * Coreference within a document: pronouns ("he", "his government"), role nouns ("the
 * secretary"), group phrases ("the two allies", "both countries") and contextual names
 * ("the North", "the peninsula"), each turned into a mention of the entity it stands for.
 * A rule-based resolver in the spirit of Stanford's sieve (Lee et al. 2013): recency
 * within a short window, filtered by gender, role title and entity type. At each word that
 * can start a form (coref-forms.ts) the sieves of coref-sieves.ts are tried in order until
 * one rules on it; they share one CorefContext per document (coref-context.ts), find
 * antecedents with coref-antecedents.ts and test the words around a form with
 * coref-word-tests.ts.
 */
import type { TextDoc } from '../text/sentences.js';
import type { Mention } from './types.js';
import { CorefContext, type CorefOptions } from './coref-context.js';
import { COREF_SIEVES, NEXT } from './coref-sieves.js';
import { triggerWords } from './coref-forms.js';
import { inSkip } from './word-tests.js';

export type { CorefOptions } from './coref-context.js';

/** The mentions coreference adds to `mentions` (recognition's), in the order they were found. */
export function resolveCoreference(doc: TextDoc, mentions: Mention[], opts: CorefOptions): Mention[] {
  const c = new CorefContext(doc, mentions, opts);
  const { tokens, covered } = c;
  const triggers = triggerWords(opts.lexicon);
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const lower = tokens[i].lower;
      // most words start no coreference form at all: one set lookup skips them
      if (covered[i] || !triggers.has(lower) || inSkip(opts.skip, tokens[i].start)) continue;
      for (const sieve of COREF_SIEVES) {
        const last = sieve.run(c, s, i, lower);
        if (last !== NEXT) {
          i = last;
          break;
        }
      }
    }
  }
  return c.added;
}
