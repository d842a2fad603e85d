/**
 * The geokg data model, as defined by the extraction contract (relations.md):
 * documents, entities with mentions, typed relations with modality and evidence.
 * Every stage of the pipeline speaks these types.
 */

export const ENTITY_TYPES = ['country', 'person', 'organization', 'military', 'region'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'alliance', 'cooperation', 'negotiation', 'support', 'funding', 'trade',
  'criticism', 'threat', 'sanction', 'attack', 'deployment', 'affiliation',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const MODALITIES = ['asserted', 'hypothetical', 'negated'] as const;
export type Modality = (typeof MODALITIES)[number];

export type Polarity = 'cooperative' | 'conflictual' | 'structural';

/** A document as loaded from the corpus: the text that every offset refers to. */
export interface SourceDocument {
  /** Stable id: a content hash of the text. */
  id: string;
  path: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  date: string | null;
  source: string | null;
  url?: string | null;
  /** Dateline place ("WASHINGTON"), when the wire layout gives one. */
  place?: string | null;
  /** Offset in `text` where the article body starts (after title, date, byline). */
  bodyStart?: number;
  text: string;
}

export interface DocumentInfo {
  id: string;
  path: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url?: string | null;
}

/** A UTF-16 span of the document text: `text === doc.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Role {
  title: string;
  /** Entity id of the actor the role belongs to (a state or organization). */
  of: string;
  from?: string;
  to?: string;
}

export interface Entity {
  id: string;
  label: string;
  type: EntityType;
  linked: boolean;
  aliases: string[];
  roles?: Role[];
  mentions: Span[];
}

export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

export interface RelationAttributes {
  amount?: number;
  currency?: string;
  /** The amount as written, e.g. "920 billion won". */
  amountText?: string;
  amountUsd?: number;
  year?: number;
  /** ISO date of the event when the text states it. */
  date?: string;
  [key: string]: string | number | boolean | undefined;
}

export interface Relation {
  source: string;
  target: string;
  type: RelationType;
  directed: boolean;
  modality: Modality;
  confidence: number;
  attributes?: RelationAttributes;
  evidence: Evidence[];
}

/** The extraction contract: one object per document. */
export interface Extraction {
  document: DocumentInfo;
  entities: Entity[];
  relations: Relation[];
}

export interface ExtractionError {
  document: Partial<DocumentInfo> & { path: string };
  error: string;
}

export type ExtractionResult = Extraction | ExtractionError;

export function isExtractionError(r: ExtractionResult): r is ExtractionError {
  return 'error' in r;
}
