/**
 * What the coreference sieves share while they read one document: every mention so far in
 * text order (recognition's, then each sieve's), the tokens those cover, and the lookups a
 * sieve asks of an entity (its type, gender, titles, state). One object per document, so
 * the sieves (coref-sieves.ts) are plain functions over it and hold no closures.
 */
import type { TextDoc } from '../text/sentences.js';
import type { Token } from '../text/tokenize.js';
import { scratchBytes } from '../util/scratch.js';
import type { Gazetteer } from './gazetteer.js';
import type { LinkingLexicon } from './lexicon.js';
import { rolesOn } from './roles.js';
import { newMention, type EntityInfo, type Mention, type MentionExtras } from './types.js';
import { bodyHeadNouns } from './coref-antecedents.js';

export interface CorefOptions {
  gazetteer: Gazetteer;
  lexicon: LinkingLexicon;
  date: string | null;
  unknown: Map<string, EntityInfo>;
  skip: Array<[number, number]>;
}

/** How many sentences back an antecedent may be. */
const WINDOW = 3;

export type CorefExtras = MentionExtras & { actor?: boolean; locative?: boolean };

export class CorefContext {
  readonly tokens: Token[];
  readonly gaz: Gazetteer;
  readonly lex: LinkingLexicon;
  readonly opts: CorefOptions;
  /** Every mention so far, ordered by start, so that a look-back sees the sieves' own. */
  readonly all: Mention[];
  /** The mentions the sieves made. */
  readonly added: Mention[] = [];
  /** 1 where a token is part of a mention: no form starts inside one. */
  readonly covered: Uint8Array;
  /** Entities recognition found in the document. */
  readonly inDoc: Set<string>;
  /** Where recognition's titled names start ("his South Korean counterpart Kang"). */
  readonly titleStarts: Set<number | undefined>;
  /** Head nouns of bodies named before ("the mission" after "the ... Support mission"). */
  readonly heads: Map<string, Mention[]>;
  private groups = 0;

  constructor(doc: TextDoc, mentions: Mention[], opts: CorefOptions) {
    this.tokens = doc.tokens;
    this.gaz = opts.gazetteer;
    this.lex = opts.lexicon;
    this.opts = opts;
    this.all = [...mentions];
    this.covered = scratchBytes('coref.covered', this.tokens.length);
    for (const m of mentions) this.covered.fill(1, m.tokenStart, m.tokenEnd);
    this.inDoc = new Set(mentions.map((m) => m.id));
    this.titleStarts = new Set(mentions.map((m) => m.titleStart));
    this.heads = bodyHeadNouns(mentions, this.tokens, (id) => this.typeOf(id), this.lex);
  }

  typeOf(id: string): string | undefined {
    return this.gaz.entries.get(id)?.type ?? this.opts.unknown.get(id)?.type;
  }

  genderOf(id: string): string | undefined {
    return this.gaz.entries.get(id)?.gender ?? this.opts.unknown.get(id)?.gender;
  }

  /** The last mention before `pos`, at most WINDOW sentences before `sentence`, that `ok` accepts. */
  before(pos: number, sentence: number, ok: (m: Mention) => boolean): Mention | undefined {
    const all = this.all;
    for (let k = all.length - 1; k >= 0; k--) {
      const m = all[k];
      if (m.start >= pos || m.sentence < sentence - WINDOW) continue;
      if (ok(m)) return m;
    }
    return undefined;
  }

  /** Adds a sieve's mention, in text order. */
  push(m: Mention): void {
    this.added.push(m);
    const all = this.all;
    let k = all.length;
    while (k > 0 && all[k - 1].start > m.start) k--;
    all.splice(k, 0, m);
    this.covered.fill(1, m.tokenStart, m.tokenEnd);
  }

  /** A mention of `id` over tokens [ts, te): an acting party unless told otherwise. */
  make(id: string, kind: Mention['kind'], ts: number, te: number, sentence: number, certainty: number, extras?: CorefExtras): Mention {
    const tokens = this.tokens;
    return newMention(id, kind, tokens[ts].start, tokens[te - 1].end, ts, te, sentence, extras?.actor ?? true, extras?.locative ?? false, certainty, extras);
  }

  /** A new number for the mentions one group phrase stands for. */
  nextGroup(): number {
    return ++this.groups;
  }

  /** The titles a person bears: written beside their name in this document, or held on its date. */
  titlesOf(m: Mention): string[] {
    const own = this.all.filter((x) => x.id === m.id && x.title).map((x) => x.title as string);
    const known = rolesOn(this.gaz.entries.get(m.id)?.roles ?? this.opts.unknown.get(m.id)?.roles, this.opts.date).map((r) => r.title);
    return [...own, ...known];
  }

  /** The state a person serves: as written in this document ("Iran's foreign minister"), else by a role held on its date. */
  /** The armed group or body a person is written or known to lead or serve ("TPLF leader Debretsion Gebremichael"). */
  bodyOf(personId: string): string | undefined {
    const body = (id: string | undefined) => id !== undefined && (this.typeOf(id) === 'organization' || this.typeOf(id) === 'military');
    const written = this.all.find((x) => x.id === personId && body(x.titleOf));
    if (written) return written.titleOf;
    return rolesOn(this.gaz.entries.get(personId)?.roles ?? this.opts.unknown.get(personId)?.roles, this.opts.date).find((r) => body(r.of))?.of;
  }

  stateOf(personId: string): string | undefined {
    const written = this.all.find((x) => x.id === personId && x.titleOf && this.gaz.entries.get(x.titleOf)?.type === 'country');
    if (written) return written.titleOf;
    const role = rolesOn(this.gaz.entries.get(personId)?.roles ?? this.opts.unknown.get(personId)?.roles, this.opts.date)
      .find((r) => this.gaz.entries.get(r.of)?.type === 'country');
    return role?.of;
  }
}
