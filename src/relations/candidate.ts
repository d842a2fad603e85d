/**
 * The relation stage's data: what it reads (RelationStageInput) and what each rule finds
 * at one place in the text (RelationCandidate), before extract.ts merges candidates into
 * relations.
 */
import type { EntityAnalysis } from '../entities/types.js';
import type { Modality, RelationType } from '../model.js';
import type { TextDoc } from '../text/sentences.js';

export interface RelationStageInput {
  text: TextDoc;
  analysis: EntityAnalysis;
  date: string | null;
  skip: Array<[number, number]>;
  /** Role nouns of appositions ("Russia's foreign minister"). */
  roleNouns?: Set<string>;
  /** The state of the dateline's place, for titled people whose state the text leaves unsaid. */
  placeState?: string | null;
  /** Title -> the state it usually belongs to, and the other states with that office (data/lexicon/titles.json `usualOf`, `alsoOf`). */
  usualStates?: Map<string, UsualState>;
  /** Nouns of armed forces as token sequences ("troops", "armed forces"). */
  forceNouns?: string[][];
  /** Nouns of places struck ("targets", "positions"). */
  targetNouns?: Set<string>;
  /** Words of state ownership ("state-owned"). */
  stateOwnership?: Set<string>;
  /** Verbs of staging talks ("hosted", "brokered"). */
  hostingVerbs?: Set<string>;
}

/** A relation found at one place in the text, before merging. */
export interface RelationCandidate {
  source: string;
  target: string;
  type: RelationType;
  modality: Modality;
  confidence: number;
  sentence: number;
  withAmount: boolean;
  /** The cue's first word, lower case ("shelled"), for nouns that refer back to the event. */
  cue?: string;
}

/**
 * Every candidate is built here, in one shape with every field present, so the loops that
 * read them (the merge in extract.ts above all) meet one hidden class.
 */
export function relationCandidate(
  source: string, target: string, type: RelationType, modality: Modality, confidence: number, sentence: number, withAmount = false, cue?: string,
): RelationCandidate {
  return { source, target, type, modality, confidence, sentence, withAmount, cue };
}

/** An event named by a noun is one step further from its agent than a name would be. */
export const EVENT_ANAPHORA_FACTOR = 0.8;

/** Confidences keep three decimals. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The state a title belongs to when the text names none, and the other states that have the office. */
export interface UsualState { of: string; alsoOf: ReadonlySet<string> }
