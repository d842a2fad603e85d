/**
 * Relation cues (data/cues/*.json): verbs with their inflections, nouns with their
 * plurals, and multiword phrases, compiled into one token trie so that a sentence is
 * scanned once for all twelve relation types.
 */
import { readdirSync } from 'node:fs';
import { z } from 'zod';
import { RELATION_TYPES, type RelationType } from '../model.js';
import { dataPath, readJsonData } from '../util/data.js';
import { tokenTexts } from '../text/tokenize.js';

const CueSchema = z.object({
  verb: z.string().optional(),
  past: z.string().optional(),
  /** Irregular third-person form ("has" for "have"). */
  third: z.string().optional(),
  participle: z.string().optional(),
  /** The last consonant doubles before -ed and -ing ("expel" -> "expelled"; "travel" -> both spellings). */
  doubles: z.boolean().optional(),
  /** The cue presupposes the relation whatever its mood: "refused to withdraw its troops from X" still has them there. */
  presupposed: z.boolean().optional(),
  /** A protest with no target named is against the protesters' own government ("Iraqi Kurds demonstrated in Kirkuk"). */
  domesticTarget: z.boolean().optional(),
  noun: z.string().optional(),
  plural: z.string().optional(),
  phrase: z.string().optional(),
  as: z.enum(['verb', 'noun']).optional(),
  strength: z.number().min(0).max(1).optional(),
  targetPreps: z.array(z.string()).optional(),
  sourcePreps: z.array(z.string()).optional(),
  /** How a verb finds its target: a direct object, a prepositional object, either, or none (symmetric subjects). */
  objectVia: z.enum(['direct', 'prep', 'either', 'none']).optional(),
  /** One of these words must follow within a few tokens ("impose" + "sanctions"). */
  requires: z.array(z.string()).optional(),
  requiresAmount: z.boolean().optional(),
  /** The grammatical subject is the target ("X received aid from Y"). */
  subjectIs: z.enum(['source', 'target']).optional(),
  /** Mutual action: both directions ("clashed with"). */
  mutual: z.boolean().optional(),
  passiveOnly: z.boolean().optional(),
  compoundOnly: z.boolean().optional(),
  ownerSource: z.boolean().optional(),
  requiresInfinitive: z.boolean().optional(),
  targetTypes: z.array(z.string()).optional(),
  speech: z.boolean().optional(),
  /** The target may be a place after "in" ("arrived in Amman"). */
  placeTarget: z.boolean().optional(),
  /** The subject mediates between the two sides named after "between". */
  mediator: z.boolean().optional(),
  /** The required word comes after the object ("hits Belarus with sanctions"): look for the object right after the verb. */
  requiresAfterObject: z.boolean().optional(),
  /** No relation without an explicit target ("an ally of X"). */
  needsTarget: z.boolean().optional(),
  /** The source stands right before the noun (", a member of", "is a member of"). */
  sourceAdjacent: z.boolean().optional(),
  /** "threatened to cut off electricity to X": the target is the first actor of the infinitive clause. */
  infinitiveTarget: z.boolean().optional(),
  /** Words that cancel the cue when they follow it closely ("strike a deal" is no attack). */
  forbids: z.array(z.string()).optional(),
  /** How many tokens after the cue a forbidding word may be (default 4): "shot down most of Iran's drones" intercepts, it strikes no one. */
  forbidsWindow: z.number().int().positive().optional(),
  /** How many tokens after the cue a required word may be (default 6). */
  requiresWindow: z.number().int().positive().optional(),
  /** With no object found, the next actor of the sentence is the target ("denounced the decision, saying Japan ..."). */
  targetFallback: z.boolean().optional(),
  /** The speaker of the sentence is the source and the clause's subject the target ("saying Japan would bear responsibility"). */
  speakerSource: z.boolean().optional(),
  /** A noun naming one side of a relation ("its ally Azerbaijan", "Islamabad's partner"): see relational-nouns.ts. */
  relational: z.boolean().optional(),
  /** Entity types the source may have (a "commander of X" is a person or a force, not a state). */
  sourceTypes: z.array(z.string()).optional(),
  /** Nouns one of which the source must end on or be followed by ("Iraqi missiles hit", not "sanctions hit"). */
  sourceNouns: z.array(z.string()).optional(),
  /** Words that cancel the cue when they follow its object before an -ing verb ("joined the EU in punishing Moscow"). */
  forbidsAfterObject: z.array(z.string()).optional(),
  /** Words or phrases that cancel the cue right before it ("price war", "trade war" are no fighting; "in the presence of" is no garrison). */
  forbidsBefore: z.array(z.string()).optional(),
  /** The verb is also an auxiliary ("has 1,100 soldiers in" but not "has sent troops to"): no cue before a participle. */
  auxiliary: z.boolean().optional(),
  /** An ultimatum: a coercive step promised before the cue ("will withdraw its force from Chad unless ..."); see cue-arguments.ts. */
  coercionBefore: z.array(z.string()).optional(),
}).strict();

const CueFileSchema = z.object({
  type: z.enum(RELATION_TYPES),
  defaults: CueSchema.partial(),
  cues: z.array(CueSchema),
}).strict();

export type CuePos = 'verb' | 'noun';
export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'ing' | 'noun';

export interface Cue {
  type: RelationType;
  lemma: string;
  pos: CuePos;
  strength: number;
  targetPreps: string[];
  sourcePreps: string[];
  objectVia: 'direct' | 'prep' | 'either' | 'none';
  requires: string[];
  /** `requires` and `forbids` as sets, for the scans of findArguments (the one-word requirements; phrases apart). */
  requiresSet: Set<string>;
  /** The requirements of more than one word ("arms sales"), each as its words, and their first words. */
  requiresPhrases: string[][];
  requiresPhraseFirst: Set<string>;
  forbidsSet: Set<string>;
  requiresAmount: boolean;
  subjectIs: 'source' | 'target';
  mutual: boolean;
  passiveOnly: boolean;
  /** Only as the participle of a hyphenated compound ("al-Qaeda-linked"): the compound's head relates to its modifier. */
  compoundOnly: boolean;
  /** Only the noun's owner ("Russian bases", "its garrison") or the subject of a verb of holding ("keeps a base") is the source. */
  ownerSource: boolean;
  /** Only before an infinitive ("agreed on Sunday to cut output"): what the parties agree to do together. */
  requiresInfinitive: boolean;
  targetTypes: string[];
  placeTarget: boolean;
  mediator: boolean;
  requiresAfterObject: boolean;
  needsTarget: boolean;
  sourceAdjacent: boolean;
  infinitiveTarget: boolean;
  forbids: string[];
  forbidsWindow: number;
  requiresWindow: number;
  targetFallback: boolean;
  speakerSource: boolean;
  relational: boolean;
  sourceTypes: string[];
  sourceNouns: ReadonlySet<string>;
  forbidsAfterObject: string[];
  /** Each as its lower-case words. */
  forbidsBefore: string[][];
  presupposed: boolean;
  domesticTarget: boolean;
  coercionBefore: Set<string>;
  auxiliary: boolean;
}

export interface CueSurface { cue: Cue; form: VerbForm }

export interface CueNode { next: Map<string, CueNode>; surfaces: CueSurface[] | null }

const VOWEL = /[aeiou]/;

function doubles(w: string): boolean {
  // short consonant-vowel-consonant verbs double their last letter: slam -> slammed, ship -> shipped
  return w.length <= 4 && /[^aeiou][aeiou][^aeiouwxy]$/.test(w);
}

/** English inflections of a regular verb; irregular pasts come from the cue file. */
export function inflect(lemma: string): { third: string; past: string; ing: string } {
  const third = /(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  let past: string;
  let ing: string;
  if (/e$/.test(lemma)) { past = `${lemma}d`; ing = /ee$/.test(lemma) ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`; }
  else if (/[^aeiou]y$/.test(lemma)) { past = `${lemma.slice(0, -1)}ied`; ing = `${lemma}ing`; }
  else if (doubles(lemma) && VOWEL.test(lemma)) { const d = lemma + lemma[lemma.length - 1]; past = `${d}ed`; ing = `${d}ing`; }
  else { past = `${lemma}ed`; ing = `${lemma}ing`; }
  return { third, past, ing };
}

/** Required words match in the singular and the plural ("ambassador" / "ambassadors"). */
function requirementSets(words: string[]): Pick<Cue, 'requiresSet' | 'requiresPhrases' | 'requiresPhraseFirst'> {
  const phrases = words.filter((w) => w.includes(' ')).map((w) => w.split(' '));
  return { requiresSet: new Set(words.filter((w) => !w.includes(' '))), requiresPhrases: phrases, requiresPhraseFirst: new Set(phrases.map((p) => p[0])) };
}

/** How many tokens a requirement of the cue spans from `k` ("arms sales": 2), or 0 when none starts there. */
export function requirementAt(tokens: readonly { lower: string }[], k: number, cue: Cue): number {
  const w = tokens[k].lower;
  if (cue.requiresSet.has(w)) return 1;
  if (!cue.requiresPhraseFirst.has(w)) return 0;
  for (const p of cue.requiresPhrases) if (p.every((x, j) => tokens[k + j]?.lower === x)) return p.length;
  return 0;
}

function withPlurals(words: string[]): string[] {
  return [...new Set(words.flatMap((w) => (/s$/.test(w) || w.includes(' ') ? [w] : [w, pluralize(w)])))];
}

export function pluralize(noun: string): string {
  const words = noun.split(' ');
  const last = words[words.length - 1];
  words[words.length - 1] = /(s|sh|ch|x|z)$/.test(last) ? `${last}es` : /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`;
  return words.join(' ');
}

function insert(root: CueNode, form: string, surface: CueSurface): void {
  let node = root;
  for (const t of tokenTexts(form.toLowerCase())) {
    let child = node.next.get(t);
    if (!child) { child = { next: new Map(), surfaces: null }; node.next.set(t, child); }
    node = child;
  }
  (node.surfaces ??= []).push(surface);
}

let cached: CueNode | null = null;
let singleEntityWords: Set<string> | null = null;

/**
 * First words of the cues that can relate a sentence's only entity to something outside
 * it: protests with no target named ("Rebels in the Ivory Coast blocked roads").
 */
export function domesticCueWords(): Set<string> {
  if (singleEntityWords) return singleEntityWords;
  const words = new Set<string>();
  for (const [word, node] of cueTrie().next) if (reaches(node, (x) => x.cue.domesticTarget)) words.add(word);
  singleEntityWords = words;
  return words;
}

function reaches(node: CueNode, ok: (s: CueSurface) => boolean): boolean {
  if (node.surfaces?.some(ok)) return true;
  for (const child of node.next.values()) if (reaches(child, ok)) return true;
  return false;
}

export function cueTrie(): CueNode {
  if (cached) return cached;
  const root: CueNode = { next: new Map(), surfaces: null };
  const files = readdirSync(dataPath('cues')).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const parsed = CueFileSchema.safeParse(readJsonData('cues', file));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`geokg/cues: data/cues/${file}: field "${issue.path.join('.')}": ${issue.message}`);
    }
    const { type, defaults, cues } = parsed.data;
    for (const raw of cues) {
      const c = { ...defaults, ...raw };
      const lemma = c.verb ?? c.noun ?? c.phrase;
      if (!lemma) throw new Error(`geokg/cues: data/cues/${file}: a cue needs "verb", "noun" or "phrase"`);
      const pos: CuePos = c.verb ? 'verb' : c.noun ? 'noun' : (c.as ?? 'verb');
      const cue: Cue = {
        type, lemma, pos, strength: c.strength ?? 0.8, targetPreps: c.targetPreps ?? [], sourcePreps: c.sourcePreps ?? [],
        objectVia: c.objectVia ?? (pos === 'verb' ? 'either' : 'prep'), requires: withPlurals(c.requires ?? []), ...requirementSets(withPlurals(c.requires ?? [])), forbidsSet: new Set(c.forbids ?? []), requiresAmount: c.requiresAmount ?? false,
        subjectIs: c.subjectIs ?? 'source', mutual: c.mutual ?? false, passiveOnly: c.passiveOnly ?? false, compoundOnly: c.compoundOnly ?? false, ownerSource: c.ownerSource ?? false, requiresInfinitive: c.requiresInfinitive ?? false, targetTypes: c.targetTypes ?? [],
        placeTarget: c.placeTarget ?? false, mediator: c.mediator ?? false, requiresAfterObject: c.requiresAfterObject ?? false,
        needsTarget: c.needsTarget ?? false, sourceAdjacent: c.sourceAdjacent ?? false, infinitiveTarget: c.infinitiveTarget ?? false, forbids: c.forbids ?? [], forbidsWindow: c.forbidsWindow ?? 4, requiresWindow: c.requiresWindow ?? 6, targetFallback: c.targetFallback ?? false, speakerSource: c.speakerSource ?? false, relational: c.relational ?? false, sourceTypes: c.sourceTypes ?? [], sourceNouns: new Set(c.sourceNouns ?? []), forbidsAfterObject: c.forbidsAfterObject ?? [], forbidsBefore: (c.forbidsBefore ?? []).map((x) => x.toLowerCase().split(' ')), presupposed: c.presupposed ?? false, domesticTarget: c.domesticTarget ?? false, auxiliary: c.auxiliary ?? false,
        coercionBefore: new Set(c.coercionBefore ?? []),
      };
      if (c.verb) {
        const f = inflect(c.verb);
        insert(root, c.verb, { cue, form: 'base' });
        insert(root, c.third ?? f.third, { cue, form: 'third' });
        insert(root, c.past ?? f.past, { cue, form: 'past' });
        insert(root, c.participle ?? c.past ?? f.past, { cue, form: 'participle' });
        insert(root, f.ing, { cue, form: 'ing' });
        if (c.doubles) {
          const stem = c.verb + c.verb[c.verb.length - 1];
          insert(root, `${stem}ed`, { cue, form: 'past' });
          insert(root, `${stem}ed`, { cue, form: 'participle' });
          insert(root, `${stem}ing`, { cue, form: 'ing' });
        }
      } else if (c.noun) {
        insert(root, c.noun, { cue, form: 'noun' });
        insert(root, c.plural ?? pluralize(c.noun), { cue, form: 'noun' });
      } else {
        insert(root, c.phrase!, { cue, form: pos === 'verb' ? 'past' : 'noun' });
      }
    }
  }
  cached = root;
  return root;
}
