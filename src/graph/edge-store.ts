/**
 * The edges of the aggregator, stored compactly. At 50k articles a graph has some 300k
 * edges, a million mentions and more evidence sentences; as objects (a Set of documents,
 * an array of mention objects and a Map of evidence per edge) they took most of the
 * build's memory and kept the garbage collector busy. Here each mention, evidence
 * sentence and (edge, document) pair is one row of typed columns, chained per edge
 * (rows are prepended; every list is sorted before it is used, so order does not matter).
 */
import type { Modality, RelationAttributes, RelationType } from '../model.js';
import { RELATION_TYPE_INFO } from '../relation-types.js';
import { Float64Column, Int32Column } from '../util/growable.js';
import type { DocumentDelta } from './delta.js';
import type { EdgeEvidence, GraphDocument } from './types.js';
import { compareDatesDesc, compareStrings, noisyOr } from './ranking.js';

export interface EdgeAccumulator {
  source: string;
  target: string;
  relation: RelationType;
  directed: boolean;
  modality: Modality;
  /** Heads of the edge's chains of document, mention and evidence rows (-1: none). */
  documents: number;
  mentions: number;
  evidence: number;
  evidenceCount: number;
}

/** Edge keys in order, and each edge's evidence rows best first (rows[starts[i]..starts[i + 1]]). */
export interface Ranking {
  keys: string[];
  rows: Int32Array;
  starts: Int32Array;
}

export interface MentionSummary {
  /** Noisy-or of the mentions' confidences. */
  confidence: number;
  /** Attributes of the strongest mention (undefined: none). */
  attributes: RelationAttributes | undefined;
  firstDate: string | null;
  lastDate: string | null;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export class EdgeStore {
  private readonly edges = new Map<string, EdgeAccumulator>();
  // (edge, document) rows
  private readonly docOf = new Int32Column();
  private readonly docNext = new Int32Column();
  // mention rows
  private readonly mentionConfidence = new Float64Column();
  private readonly mentionDoc = new Int32Column();
  private readonly mentionAttributes = new Int32Column();
  private readonly mentionNext = new Int32Column();
  private readonly attributes: RelationAttributes[] = [];
  // evidence rows: the sentence is a span of its document's `sentences` string
  private readonly evidenceDoc = new Int32Column();
  private readonly evidenceStart = new Int32Column();
  private readonly evidenceEnd = new Int32Column();
  private readonly evidenceConfidence = new Float64Column();
  private readonly evidenceOffset = new Int32Column();
  private readonly evidenceLength = new Int32Column();
  private readonly evidenceNext = new Int32Column();
  /** Document index -> its evidence sentences, concatenated. */
  private readonly sentences: string[] = [];
  /** Worked out once for graph() and evidence(), until anything changes. */
  private ranking: Ranking | null = null;

  /** `documents` is the aggregator's table (index -> description); it is read when the graph is built. */
  constructor(private readonly documents: GraphDocument[]) {}

  /** Adds a document's edges; `created` is called with the endpoints of every new edge. */
  add(delta: DocumentDelta, doc: number, created: (source: string, target: string) => void): void {
    this.ranking = null;
    this.sentences[doc] = delta.sentences;
    const n = delta.numbers;
    let at = 0;
    for (const e of delta.edges) {
      let edge = this.edges.get(e.key);
      if (!edge) {
        edge = {
          source: e.source, target: e.target, relation: e.relation, directed: RELATION_TYPE_INFO[e.relation].directed, modality: e.modality,
          documents: -1, mentions: -1, evidence: -1, evidenceCount: 0,
        };
        this.edges.set(e.key, edge);
        created(e.source, e.target);
      }
      this.docOf.push(doc);
      edge.documents = this.docNext.push(edge.documents);
      const mentions = n[at++];
      const evidence = n[at++];
      for (let i = 0; i < mentions; i++, at += 2) {
        this.mentionConfidence.push(n[at]);
        this.mentionDoc.push(doc);
        this.mentionAttributes.push(n[at + 1] < 0 ? -1 : this.attributes.push(delta.attributes[n[at + 1]]) - 1);
        edge.mentions = this.mentionNext.push(edge.mentions);
      }
      for (let i = 0; i < evidence; i++, at += 5) {
        this.evidenceDoc.push(doc);
        this.evidenceStart.push(n[at]);
        this.evidenceEnd.push(n[at + 1]);
        this.evidenceConfidence.push(n[at + 2]);
        this.evidenceOffset.push(n[at + 3]);
        this.evidenceLength.push(n[at + 4]);
        edge.evidence = this.evidenceNext.push(edge.evidence);
      }
      edge.evidenceCount += evidence;
    }
  }

  get(key: string): EdgeAccumulator | undefined {
    return this.edges.get(key);
  }

  /** A document's description changed (its date orders evidence). */
  documentChanged(): void {
    this.ranking = null;
  }

  /** Edge keys in order, each edge's evidence best first. */
  ranked(): Ranking {
    if (this.ranking) return this.ranking;
    const keys = [...this.edges.keys()].sort();
    const starts = new Int32Array(keys.length + 1);
    let total = 0;
    keys.forEach((key, i) => {
      starts[i] = total;
      total += this.edges.get(key)!.evidenceCount;
    });
    starts[keys.length] = total;
    const rows = new Int32Array(total);
    keys.forEach((key, i) => {
      let at = starts[i];
      for (let row = this.edges.get(key)!.evidence; row >= 0; row = this.evidenceNext.get(row)) rows[at++] = row;
      rows.subarray(starts[i], at).sort(this.compareEvidence);
    });
    this.ranking = { keys, rows, starts };
    return this.ranking;
  }

  /**
   * evidence.jsonl's lines: per edge in key order and per sentence best first, the edge's
   * fields then evidence()'s, the same bytes as one JSON.stringify of each record. Written from
   * the columns, without a record object per sentence: the edge's part of a line is made once
   * per edge and the document's once per document (10k articles: 0.7 s against 0.93 s).
   */
  *evidenceJsonl(): Generator<string> {
    const { keys, rows, starts } = this.ranked();
    const documentParts: string[] = new Array(this.documents.length);
    for (let i = 0; i < keys.length; i++) {
      const { source, target, relation, modality } = this.edges.get(keys[i])!;
      const head = `${JSON.stringify({ edge: keys[i], source, target, relation, modality }).slice(0, -1)},"sentence":`;
      for (let at = starts[i]; at < starts[i + 1]; at++) {
        const row = rows[at];
        const d = this.evidenceDoc.get(row);
        let part = documentParts[d];
        if (part === undefined) {
          const doc = this.documents[d];
          part = documentParts[d] = `,${JSON.stringify({ documentId: doc.id, documentTitle: doc.title, documentDate: doc.date }).slice(1, -1)},"start":`;
        }
        const offset = this.evidenceOffset.get(row);
        const sentence = this.sentences[d].slice(offset, offset + this.evidenceLength.get(row));
        yield `${head}${JSON.stringify(sentence)}${part}${this.evidenceStart.get(row)},"end":${this.evidenceEnd.get(row)}}\n`;
      }
    }
  }

  /** Ids of the edge's documents (unsorted). */
  documentIds(edge: EdgeAccumulator): string[] {
    const ids: string[] = [];
    for (let row = edge.documents; row >= 0; row = this.docNext.get(row)) ids.push(this.documents[this.docOf.get(row)].id);
    return ids;
  }

  /** First and last known date of a list of documents. */
  dateRange(docs: Iterable<number>): [string | null, string | null] {
    let lo: string | null = null;
    let hi: string | null = null;
    for (const d of docs) {
      const date = this.documents[d].date;
      if (date === null) continue;
      if (lo === null || date < lo) lo = date;
      if (hi === null || date > hi) hi = date;
    }
    return [lo, hi];
  }

  /** A mention's date: the relation's own date when it gives one, else its document's. */
  private mentionDate(row: number): string | null {
    const a = this.mentionAttributes.get(row);
    const date = a < 0 ? undefined : this.attributes[a].date;
    return typeof date === 'string' && ISO_DATE.test(date) ? date : this.documents[this.mentionDoc.get(row)].date;
  }

  /**
   * The strongest mention first: highest confidence, then the most attributes, then
   * newest, then document id, then the attributes' JSON (a total order).
   */
  private compareMentions(a: number, b: number): number {
    const attrsA = this.mentionAttributes.get(a) < 0 ? undefined : this.attributes[this.mentionAttributes.get(a)];
    const attrsB = this.mentionAttributes.get(b) < 0 ? undefined : this.attributes[this.mentionAttributes.get(b)];
    return this.mentionConfidence.get(b) - this.mentionConfidence.get(a)
      || Object.keys(attrsB ?? {}).length - Object.keys(attrsA ?? {}).length
      || compareDatesDesc(this.mentionDate(a), this.mentionDate(b))
      || compareStrings(this.documents[this.mentionDoc.get(a)].id, this.documents[this.mentionDoc.get(b)].id)
      || compareStrings(JSON.stringify(attrsA ?? {}), JSON.stringify(attrsB ?? {}));
  }

  mentionSummary(edge: EdgeAccumulator): MentionSummary {
    const confidences: number[] = [];
    let strongest = -1;
    let lo: string | null = null;
    let hi: string | null = null;
    for (let row = edge.mentions; row >= 0; row = this.mentionNext.get(row)) {
      confidences.push(this.mentionConfidence.get(row));
      if (strongest < 0 || this.compareMentions(row, strongest) < 0) strongest = row;
      const date = this.mentionDate(row);
      if (date === null) continue;
      if (lo === null || date < lo) lo = date;
      if (hi === null || date > hi) hi = date;
    }
    const a = strongest < 0 ? -1 : this.mentionAttributes.get(strongest);
    return { confidence: noisyOr(confidences), attributes: a < 0 ? undefined : this.attributes[a], firstDate: lo, lastDate: hi };
  }

  /** Best evidence first: higher confidence, then newer, then document id and position. */
  private compareEvidence = (a: number, b: number): number => {
    const docA = this.documents[this.evidenceDoc.get(a)];
    const docB = this.documents[this.evidenceDoc.get(b)];
    return this.evidenceConfidence.get(b) - this.evidenceConfidence.get(a)
      || compareDatesDesc(docA.date, docB.date)
      || compareStrings(docA.id, docB.id)
      || this.evidenceStart.get(a) - this.evidenceStart.get(b)
      || this.evidenceEnd.get(a) - this.evidenceEnd.get(b);
  };

  /** An evidence row as written, in a fixed key order (the JSON output must not depend on how it was assembled). */
  evidence(row: number): EdgeEvidence {
    const doc = this.documents[this.evidenceDoc.get(row)];
    const offset = this.evidenceOffset.get(row);
    return {
      sentence: this.sentences[this.evidenceDoc.get(row)].slice(offset, offset + this.evidenceLength.get(row)),
      documentId: doc.id, documentTitle: doc.title, documentDate: doc.date,
      start: this.evidenceStart.get(row), end: this.evidenceEnd.get(row),
    };
  }
}
