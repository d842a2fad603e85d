/**
 * The flat attribute tables that GEXF and GraphML declare (and that CSV mostly shares):
 * one row per node or edge attribute, with its declared type and how to read it from
 * the data graph. Values come out already formatted as strings, or null when absent.
 */
import { RELATION_TYPES, type RelationType } from '../model.js';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.js';

export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';
type RawValue = string | number | boolean | null | undefined;

export interface Column<A> {
  /** Attribute id and title in the output. */
  id: string;
  type: ColumnType;
  read(attributes: A): RawValue;
}

/** What the declared types are called in each format. */
export const GEXF_TYPE_NAMES: Record<ColumnType, string> = {
  string: 'string', integer: 'integer', double: 'double', boolean: 'boolean',
};
export const GRAPHML_TYPE_NAMES: Record<ColumnType, string> = {
  string: 'string', integer: 'int', double: 'double', boolean: 'boolean',
};

/** Aliases travel as one string; "|" does not occur in names. */
export const ALIAS_SEPARATOR = '|';

export function joinAliases(aliases: readonly string[] | undefined): string {
  return (aliases ?? []).join(ALIAS_SEPARATOR);
}

export function firstEvidence(attributes: EdgeAttributes): string | null {
  return attributes.evidence?.[0]?.sentence ?? null;
}

export const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { id: 'entityType', type: 'string', read: (a) => a.entityType },
  { id: 'linked', type: 'boolean', read: (a) => a.linked },
  { id: 'aliases', type: 'string', read: (a) => joinAliases(a.aliases) },
  { id: 'mentions', type: 'integer', read: (a) => a.mentions },
  { id: 'documents', type: 'integer', read: (a) => a.documents?.length },
  { id: 'firstSeen', type: 'string', read: (a) => a.firstSeen },
  { id: 'lastSeen', type: 'string', read: (a) => a.lastSeen },
  { id: 'degree', type: 'integer', read: (a) => a.degree },
  { id: 'weightedDegree', type: 'double', read: (a) => a.weightedDegree },
  { id: 'pagerank', type: 'double', read: (a) => a.pagerank },
  { id: 'betweenness', type: 'double', read: (a) => a.betweenness },
  { id: 'community', type: 'integer', read: (a) => a.community },
];

/**
 * Edge weight is not a column: GEXF and GraphML readers (Gephi, networkx) take it from
 * the edge's own `weight`, and Gephi reserves an attribute titled "weight".
 */
export const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { id: 'relation', type: 'string', read: (a) => a.relation },
  { id: 'directed', type: 'boolean', read: (a) => a.directed },
  { id: 'modality', type: 'string', read: (a) => a.modality },
  { id: 'confidence', type: 'double', read: (a) => a.confidence },
  { id: 'polarity', type: 'string', read: (a) => a.polarity },
  { id: 'cameo', type: 'string', read: (a) => a.cameo },
  { id: 'firstDate', type: 'string', read: (a) => a.firstDate },
  { id: 'lastDate', type: 'string', read: (a) => a.lastDate },
  { id: 'documents', type: 'integer', read: (a) => a.documents?.length },
  { id: 'evidenceCount', type: 'integer', read: (a) => a.evidenceCount },
  { id: 'evidence', type: 'string', read: firstEvidence },
  { id: 'amount', type: 'double', read: (a) => a.attributes?.amount },
  { id: 'currency', type: 'string', read: (a) => a.attributes?.currency },
];

/**
 * A value in the lexical form every reader accepts (xsd, Python, Java), or null when
 * absent. A value of the wrong type is a bug upstream and is reported, not guessed at.
 */
export function formatValue(value: RawValue, type: ColumnType, where: () => string): string | null {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'string':
      return String(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw new Error(`${where()} is not a boolean: ${JSON.stringify(value)}`);
      return value ? 'true' : 'false';
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        throw new Error(`${where()} is not an integer: ${JSON.stringify(value)}`);
      }
      return String(value);
    case 'double':
      if (typeof value !== 'number') throw new Error(`${where()} is not a number: ${JSON.stringify(value)}`);
      // NaN and infinities have no common lexical form (xsd says INF, Python inf): omit.
      return Number.isFinite(value) ? String(value) : null;
  }
}

export function formatNumber(value: number | null | undefined): string | null {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

const RELATION_SET: ReadonlySet<string> = new Set(RELATION_TYPES);

/** Fails with the module name, the bad relation and the edge it sits on. */
export function checkRelation(module: string, relation: unknown, edge: string): RelationType {
  if (typeof relation !== 'string' || !RELATION_SET.has(relation)) {
    throw new Error(`geokg/${module}: unknown relation type ${JSON.stringify(relation)} on edge ${edge}`);
  }
  return relation as RelationType;
}

/** Calendar dates only (timeformat "date"); a datetime is cut to its date, anything else dropped. */
export function isoDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value);
  return match ? match[1] : null;
}

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const HEX_COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB_FUNCTION = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([\d.]+)\s*)?\)$/i;

/** Parses the colors sigma and the layout write (#rgb, #rrggbb, #rrggbbaa, rgb(), rgba()). */
export function parseColor(color: string | null | undefined): Rgba | null {
  if (typeof color !== 'string') return null;
  const text = color.trim();
  const hex = HEX_COLOR.exec(text);
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    const channel = (i: number) => parseInt(digits.slice(i * 2, i * 2 + 2), 16);
    return { r: channel(0), g: channel(1), b: channel(2), a: digits.length === 8 ? channel(3) / 255 : 1 };
  }
  const fn = RGB_FUNCTION.exec(text);
  if (fn) {
    const [r, g, b] = [fn[1], fn[2], fn[3]].map(Number);
    const a = fn[4] === undefined ? 1 : Number(fn[4]);
    if (r > 255 || g > 255 || b > 255 || !(a >= 0 && a <= 1)) return null;
    return { r, g, b, a };
  }
  return null;
}
