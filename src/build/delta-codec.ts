/**
 * How graph deltas travel from a build worker to the main thread. Posting a delta as
 * objects made the main thread rebuild some two hundred small objects and strings per
 * document, mostly the same entity ids, aliases and edge keys again and again, and on
 * two cores the main thread's share decides whether two workers beat one. So each
 * worker numbers the strings it has sent and sends every string once; an edge's
 * endpoints go with its key only the first time, and an entity's aliases only when they
 * differ from the list last sent for it. A delta is then a run of numbers in its
 * message's one Float64Array (copied in one piece), its sentences (one string) and its
 * document, plus the rare attributes and roles. The main thread keeps one decoder per worker and feeds it that worker's
 * messages in the order they were posted; decoding gives back the same DocumentDelta.
 */
import { MODALITIES, RELATION_TYPES, type RelationAttributes, type Role } from '../model.js';
import type { DocumentDelta, EdgeDelta, EntityDelta } from '../graph/delta.js';
import type { GraphDocument } from '../graph/types.js';
import { Int32Column } from '../util/growable.js';
import type { DocumentOutcome } from './process-file.js';

export interface EncodedDelta {
  /** id, title, date, source (the path is the outcome's). */
  document: [string, string | null, string | null, string | null];
  /** Where the delta's numbers start in its message's codes (one Float64Array per message). */
  at: number;
  sentences: string;
  attributes?: RelationAttributes[];
  /** Roles of the entities that have any, in entity order. */
  roles?: Role[][];
}

const SAME_ALIASES = -1;
/** key, source, target, relation, modality */
const EDGE_FIELDS = 5;
const RELATION_INDEX = new Map<string, number>(RELATION_TYPES.map((t, i) => [t, i]));
const MODALITY_INDEX = new Map<string, number>(MODALITIES.map((m, i) => [m, i]));

export class DeltaEncoder {
  private readonly ids = new Map<string, number>();
  private fresh: string[] = [];
  private codes: number[] = [];
  /** Entity id -> the alias list last sent for it. */
  private readonly aliasesSent = new Map<string, string[]>();
  /** Edge key -> its number, in the order edges were first sent. */
  private readonly edgeIds = new Map<string, number>();

  private id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
      this.fresh.push(text);
    }
    return id;
  }

  private sameAliases(entity: EntityDelta): boolean {
    const last = this.aliasesSent.get(entity.id);
    const now = entity.aliases;
    if (last && last.length === now.length && last.every((a, i) => a === now[i])) return true;
    this.aliasesSent.set(entity.id, now);
    return false;
  }

  /** Encodes a delta; its numbers go to the codes that take() hands out with the message. */
  encode(delta: DocumentDelta): EncodedDelta {
    const codes = this.codes;
    const at = codes.length;
    const roles: Role[][] = [];
    codes.push(delta.entities.length);
    for (const e of delta.entities) {
      codes.push(this.id(e.id), this.id(e.label), this.id(e.type), e.linked ? 1 : 0, e.mentions, e.roles ? 1 : 0);
      if (this.sameAliases(e)) codes.push(SAME_ALIASES);
      else {
        codes.push(e.aliases.length);
        for (const alias of e.aliases) codes.push(this.id(alias));
      }
      if (e.roles) roles.push(e.roles);
    }
    codes.push(delta.edges.length);
    for (const edge of delta.edges) {
      let number = this.edgeIds.get(edge.key);
      if (number !== undefined) codes.push(number);
      else {
        // an edge new to the decoder comes with what it stands for
        number = this.edgeIds.size;
        this.edgeIds.set(edge.key, number);
        codes.push(number, this.id(edge.key), this.id(edge.source), this.id(edge.target), RELATION_INDEX.get(edge.relation)!, MODALITY_INDEX.get(edge.modality)!);
      }
    }
    const numbers = delta.numbers;
    codes.push(numbers.length);
    for (let i = 0; i < numbers.length; i++) codes.push(numbers[i]);
    // the document's path is its outcome's
    const doc = delta.document;
    const encoded: EncodedDelta = { document: [doc.id, doc.title, doc.date, doc.source], at, sentences: delta.sentences };
    if (delta.attributes.length) encoded.attributes = delta.attributes;
    if (roles.length) encoded.roles = roles;
    return encoded;
  }

  /** What the deltas encoded since the last call need: the strings numbered meanwhile and their codes. */
  take(): { strings: string[]; codes: Float64Array } {
    const taken = { strings: this.fresh, codes: Float64Array.from(this.codes) };
    this.fresh = [];
    this.codes = [];
    return taken;
  }
}

export class DeltaDecoder {
  private readonly strings: string[] = [];
  /** Edge number -> the string numbers of its key, source and target, its relation and modality (as numbers: no objects to keep). */
  private readonly edges = new Int32Column();
  /** Entity id -> the alias list last decoded for it (the same array, so the aggregator can skip it). */
  private readonly aliases = new Map<string, string[]>();

  /** Learns the strings a message brought; call before decoding its deltas. */
  addStrings(strings: string[]): void {
    for (const s of strings) this.strings.push(s);
  }

  /** A delta of a message whose strings were added, `codes` being the message's. */
  decode(path: string, encoded: EncodedDelta, codes: Float64Array): DocumentDelta {
    const s = this.strings;
    let at = encoded.at;
    let role = 0;
    const entities: EntityDelta[] = new Array(codes[at++]);
    for (let i = 0; i < entities.length; i++) {
      const id = s[codes[at]];
      const entity: EntityDelta = {
        id, label: s[codes[at + 1]], type: s[codes[at + 2]] as EntityDelta['type'], linked: codes[at + 3] === 1, aliases: [], mentions: codes[at + 4],
      };
      if (codes[at + 5] === 1) entity.roles = encoded.roles![role++];
      const count = codes[at + 6];
      at += 7;
      if (count === SAME_ALIASES) entity.aliases = this.aliases.get(id)!;
      else {
        entity.aliases = new Array(count);
        for (let k = 0; k < count; k++) entity.aliases[k] = s[codes[at++]];
        this.aliases.set(id, entity.aliases);
      }
      entities[i] = entity;
    }
    const edges: EdgeDelta[] = new Array(codes[at++]);
    for (let i = 0; i < edges.length; i++) {
      const number = codes[at++];
      if (number * EDGE_FIELDS === this.edges.length) {
        for (let k = 0; k < EDGE_FIELDS; k++) this.edges.push(codes[at++]);
      }
      const e = number * EDGE_FIELDS;
      const fields = this.edges;
      edges[i] = {
        key: s[fields.get(e)], source: s[fields.get(e + 1)], target: s[fields.get(e + 2)],
        relation: RELATION_TYPES[fields.get(e + 3)], modality: MODALITIES[fields.get(e + 4)],
      };
    }
    const count = codes[at++];
    const [id, title, date, source] = encoded.document;
    const document: GraphDocument = { id, path, title, date, source };
    return { document, entities, edges, numbers: codes.subarray(at, at + count), attributes: encoded.attributes ?? [], sentences: encoded.sentences };
  }
}

/** A document outcome as a worker posts it: its delta encoded. */
export type WireOutcome = (DocumentOutcome & { ok: false }) | (Omit<DocumentOutcome & { ok: true }, 'delta'> & { encoded?: EncodedDelta });

/** A worker's message: files' outcomes, deltas encoded, with the strings and codes they need. */
export interface OutcomesMessage {
  files: WireOutcome[][];
  strings: string[];
  codes: Float64Array;
}

export function encodeOutcomes(encoder: DeltaEncoder, files: DocumentOutcome[][]): OutcomesMessage {
  const wire = files.map((outcomes) => outcomes.map((o): WireOutcome => {
    if (!o.ok || !o.delta) return o;
    const { delta, ...rest } = o;
    return { ...rest, encoded: encoder.encode(delta) };
  }));
  return { files: wire, ...encoder.take() };
}

/** The outcomes of a worker's message, decoded with that worker's decoder. */
export function decodeOutcomes(decoder: DeltaDecoder, message: OutcomesMessage): DocumentOutcome[][] {
  decoder.addStrings(message.strings);
  return message.files.map((outcomes) => outcomes.map((o): DocumentOutcome => {
    if (!o.ok || !o.encoded) return o as DocumentOutcome;
    const { encoded, ...rest } = o;
    return { ...rest, delta: decoder.decode(o.path, encoded, message.codes) };
  }));
}
