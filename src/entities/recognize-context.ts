/**
 * What the recognition steps share while they read one document: its tokens, the catalog
 * and lexicon, the mentions found so far (in text order), the names the catalog does not
 * know, and the surnames already seen. One object per document, so the steps
 * (titled-names.ts, unknown-runs.ts) are plain functions over it.
 */
import type { TextDoc } from '../text/sentences.js';
import type { Token } from '../text/tokenize.js';
import type { Gazetteer } from './gazetteer.js';
import type { LinkingLexicon } from './lexicon.js';
import type { SurnamesSeen } from './surnames.js';
import { newMention, type EntityInfo, type Mention, type MentionExtras, type MentionKind } from './types.js';

export interface RecognizeOptions {
  gazetteer: Gazetteer;
  lexicon: LinkingLexicon;
  /** Document date (ISO) for resolving titles and roles. */
  date: string | null;
  /** Character ranges that hold no actors (date line, byline, dateline). */
  skip: Array<[number, number]>;
}

export class RecognizeContext {
  readonly doc: TextDoc;
  readonly tokens: Token[];
  readonly gaz: Gazetteer;
  readonly lex: LinkingLexicon;
  readonly date: string | null;
  /** Character ranges that hold no actors (date line, byline, dateline). */
  readonly skip: Array<[number, number]>;
  readonly mentions: Mention[] = [];
  /** Names the catalog does not know, by id. */
  readonly unknown = new Map<string, EntityInfo>();
  readonly seen: SurnamesSeen = { upTo: 0, byName: new Map() };

  constructor(doc: TextDoc, opts: RecognizeOptions) {
    this.doc = doc;
    this.tokens = doc.tokens;
    this.gaz = opts.gazetteer;
    this.lex = opts.lexicon;
    this.date = opts.date;
    this.skip = opts.skip;
  }

  /** Adds a mention over tokens [ts, te), not a place unless a step says so. */
  add(id: string, kind: MentionKind, ts: number, te: number, sentence: number, actor: boolean, certainty: number, extras?: MentionExtras): Mention {
    const tokens = this.tokens;
    const m = newMention(id, kind, tokens[ts].start, tokens[te - 1].end, ts, te, sentence, actor, false, certainty, extras);
    this.mentions.push(m);
    return m;
  }
}
