/**
 * CSV export: two RFC 4180 tables (CRLF records, fields quoted when they hold a comma,
 * a quote or a line break), UTF-8 without BOM, for spreadsheets and dataframe tools.
 *
 * One CSV file holds one table, so `-o graph.csv` writes the edge table there and the
 * node table next to it as `graph.nodes.csv` (see the registry in ./index.ts): edges
 * are what an analyst filters and pivots; nodes are the lookup table.
 *
 * Cells that come from article text (ids of unlinked entities, labels, aliases,
 * evidence) are neutralised against formula injection: a spreadsheet runs a cell that
 * starts with = + - @ (or a tab or CR) as a formula, and a news sentence can be
 * crafted to start that way, so such cells get a leading `'`. Numbers are written as
 * numbers and never prefixed. Characters that XML 1.0 forbids are dropped here too,
 * so that every export carries the same text.
 */
import type { EdgeAttributes, GeoGraph, NodeAttributes } from '../graph/types.js';
import { checkRelation, firstEvidence, formatValue, joinAliases, type ColumnType } from './columns.js';
import { stripForbiddenChars } from './xml.js';

export interface CsvTables {
  nodes: string;
  edges: string;
}

interface Row<A> {
  key: string;
  attributes: A;
  source?: string;
  target?: string;
}

interface CsvColumn<A> {
  header: string;
  type: ColumnType;
  /** Text that comes from articles, neutralised against formula injection. */
  fromText?: boolean;
  read(row: Row<A>): string | number | boolean | null | undefined;
}

const MODULE = 'csv';

const NODE_CSV_COLUMNS: CsvColumn<NodeAttributes>[] = [
  { header: 'id', type: 'string', fromText: true, read: (r) => r.key },
  { header: 'label', type: 'string', fromText: true, read: (r) => r.attributes.label },
  { header: 'type', type: 'string', read: (r) => r.attributes.entityType },
  { header: 'linked', type: 'boolean', read: (r) => r.attributes.linked },
  { header: 'aliases', type: 'string', fromText: true, read: (r) => joinAliases(r.attributes.aliases) },
  { header: 'mentions', type: 'integer', read: (r) => r.attributes.mentions },
  { header: 'degree', type: 'integer', read: (r) => r.attributes.degree },
  { header: 'weighted_degree', type: 'double', read: (r) => r.attributes.weightedDegree },
  { header: 'pagerank', type: 'double', read: (r) => r.attributes.pagerank },
  { header: 'community', type: 'integer', read: (r) => r.attributes.community },
  { header: 'first_seen', type: 'string', read: (r) => r.attributes.firstSeen },
  { header: 'last_seen', type: 'string', read: (r) => r.attributes.lastSeen },
];

const EDGE_CSV_COLUMNS: CsvColumn<EdgeAttributes>[] = [
  { header: 'source', type: 'string', fromText: true, read: (r) => r.source },
  { header: 'target', type: 'string', fromText: true, read: (r) => r.target },
  { header: 'relation', type: 'string', read: (r) => r.attributes.relation },
  { header: 'directed', type: 'boolean', read: (r) => r.attributes.directed },
  { header: 'modality', type: 'string', read: (r) => r.attributes.modality },
  { header: 'weight', type: 'double', read: (r) => r.attributes.weight },
  { header: 'confidence', type: 'double', read: (r) => r.attributes.confidence },
  { header: 'polarity', type: 'string', read: (r) => r.attributes.polarity },
  { header: 'cameo', type: 'string', read: (r) => r.attributes.cameo },
  { header: 'first_date', type: 'string', read: (r) => r.attributes.firstDate },
  { header: 'last_date', type: 'string', read: (r) => r.attributes.lastDate },
  { header: 'documents', type: 'integer', read: (r) => r.attributes.documents?.length },
  { header: 'evidence', type: 'string', fromText: true, read: (r) => firstEvidence(r.attributes) },
];

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const RECORD_END = '\r\n';

/** A cell a spreadsheet will show as text rather than evaluate. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 field: quoted, with quotes doubled, when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table<A>(columns: CsvColumn<A>[], rows: Row<A>[], what: string): string {
  const records = [columns.map((c) => csvField(c.header)).join(',')];
  for (const row of rows) {
    const cells = columns.map((column) => {
      const where = () => `geokg/${MODULE}: ${what} ${row.key} column ${column.header}`;
      const value = formatValue(column.read(row), column.type, where);
      if (value === null) return '';
      const text = column.type === 'string' ? stripForbiddenChars(value) : value;
      return csvField(column.fromText ? neutraliseFormula(text) : text);
    });
    records.push(cells.join(','));
  }
  return records.join(RECORD_END) + RECORD_END;
}

export function writeCsv(graph: GeoGraph): CsvTables {
  const nodes: Row<NodeAttributes>[] = graph.mapNodes((key, attributes) => ({ key, attributes }));
  const edges: Row<EdgeAttributes>[] = graph.mapEdges((key, attributes, source, target) => {
    checkRelation(MODULE, attributes.relation, key);
    return { key, attributes, source, target };
  });
  return { nodes: table(NODE_CSV_COLUMNS, nodes, 'node'), edges: table(EDGE_CSV_COLUMNS, edges, 'edge') };
}
