/**
 * Neo4j export: the two CSV files of `neo4j-admin database import` and a Cypher script
 * that loads the same files with LOAD CSV, for servers where neo4j-admin is not at hand.
 *
 *   nodes.csv          id:ID, :LABEL ("Entity;Country"), typed properties
 *   relationships.csv  :START_ID, :END_ID, :TYPE (the relation in upper case), properties
 *   load.cypher        constraint, nodes, labels, then one block per relation type
 *
 * Headers carry neo4j-admin's type suffixes (`mentions:int`, `aliases:string[]`), so the
 * import needs no header files. Arrays use neo4j-admin's default delimiter ";", which it
 * cannot escape: an alias holding ";" is written with a full-width semicolon instead.
 * Fields follow RFC 4180 (quoted when they hold a comma, quote or line break, quotes
 * doubled); evidence sentences can hold line breaks, hence `--multiline-fields=true`.
 * Nothing is neutralised against spreadsheet formulas: Neo4j evaluates no cell.
 * Neo4j relationships always have a direction: an undirected relation is stored once,
 * source to target as in the data graph, with `directed` false.
 */
import type { EdgeAttributes, GeoGraph, NodeAttributes } from '../graph/types.js';
import { ENTITY_TYPES, type EntityType, type RelationType, RELATION_TYPES } from '../model.js';
import { checkRelation, firstEvidence, formatValue, type ColumnType } from './columns.js';
import { csvField } from './csv.js';
import { stripForbiddenChars } from './xml.js';

export const NEO4J_FILES = {
  nodes: 'nodes.csv',
  relationships: 'relationships.csv',
  cypher: 'load.cypher',
} as const;

export interface Neo4jExport {
  nodes: string;
  relationships: string;
  cypher: string;
}

/** neo4j-admin's default array delimiter. */
export const NEO4J_ARRAY_DELIMITER = ';';
/** What stands for the delimiter inside one array item (FULLWIDTH SEMICOLON). */
const DELIMITER_STAND_IN = '\uFF1B';
/** Label every entity carries besides its type's, so LOAD CSV can MERGE on one label. */
export const NEO4J_ENTITY_LABEL = 'Entity';

const MODULE = 'neo4j';
const RECORD_END = '\r\n';

/** Neo4j label of an entity type: `military` -> `Military`. */
export function neo4jLabel(entityType: EntityType): string {
  return entityType.charAt(0).toUpperCase() + entityType.slice(1);
}

/** Neo4j relationship type of a relation: `alliance` -> `ALLIANCE`. */
export function neo4jRelationshipType(relation: RelationType): string {
  return relation.toUpperCase();
}

type Cell = string | number | boolean | null | undefined;

interface Neo4jColumn<A> {
  /** Header exactly as neo4j-admin reads it: `name:type`, or a special `:ID`-style field. */
  header: string;
  type: ColumnType;
  read(key: string, attributes: A, ends: [string, string]): Cell;
  /** Cypher expression that turns the LOAD CSV field into the property (undefined: not a property). */
  cypher?: (field: string) => string;
}

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

function checkEntityType(value: unknown, node: string): EntityType {
  if (typeof value !== 'string' || !ENTITY_TYPE_SET.has(value)) {
    throw new Error(`geokg/${MODULE}: unknown entity type ${JSON.stringify(value)} on node ${node}`);
  }
  return value as EntityType;
}

/** An array property: items without the delimiter, empty items dropped. */
function arrayField(items: readonly string[] | undefined): string {
  return (items ?? [])
    .map((item) => stripForbiddenChars(item).split(NEO4J_ARRAY_DELIMITER).join(DELIMITER_STAND_IN))
    .filter((item) => item !== '')
    .join(NEO4J_ARRAY_DELIMITER);
}

// LOAD CSV hands every field over as a string (or null when empty); these convert it back.
const asString = (field: string) => field;
const asInteger = (field: string) => `toInteger(${field})`;
const asFloat = (field: string) => `toFloat(${field})`;
const asBoolean = (field: string) => `toBoolean(${field})`;
const asArray = (field: string) => `CASE coalesce(${field}, '') WHEN '' THEN [] ELSE split(${field}, '${NEO4J_ARRAY_DELIMITER}') END`;

const NODE_COLUMNS: Neo4jColumn<NodeAttributes>[] = [
  { header: 'id:ID', type: 'string', read: (key) => key },
  { header: 'label', type: 'string', read: (_k, a) => a.label, cypher: asString },
  { header: 'entityType', type: 'string', read: (_k, a) => a.entityType, cypher: asString },
  {
    header: ':LABEL', type: 'string',
    read: (key, a) => [NEO4J_ENTITY_LABEL, neo4jLabel(checkEntityType(a.entityType, key))].join(NEO4J_ARRAY_DELIMITER),
  },
  { header: 'linked:boolean', type: 'boolean', read: (_k, a) => a.linked, cypher: asBoolean },
  { header: 'aliases:string[]', type: 'string', read: (_k, a) => arrayField(a.aliases), cypher: asArray },
  { header: 'mentions:int', type: 'integer', read: (_k, a) => a.mentions, cypher: asInteger },
  { header: 'pagerank:float', type: 'double', read: (_k, a) => a.pagerank, cypher: asFloat },
  { header: 'community:int', type: 'integer', read: (_k, a) => a.community, cypher: asInteger },
  { header: 'firstSeen', type: 'string', read: (_k, a) => a.firstSeen, cypher: asString },
  { header: 'lastSeen', type: 'string', read: (_k, a) => a.lastSeen, cypher: asString },
];

/** `key` is the data graph's edge key: unique, so LOAD CSV can MERGE relationships idempotently. */
const RELATIONSHIP_COLUMNS: Neo4jColumn<EdgeAttributes>[] = [
  { header: ':START_ID', type: 'string', read: (_k, _a, [source]) => source },
  { header: ':END_ID', type: 'string', read: (_k, _a, [, target]) => target },
  { header: ':TYPE', type: 'string', read: (key, a) => neo4jRelationshipType(checkRelation(MODULE, a.relation, key)) },
  { header: 'key', type: 'string', read: (key) => key },
  { header: 'directed:boolean', type: 'boolean', read: (_k, a) => a.directed, cypher: asBoolean },
  { header: 'modality', type: 'string', read: (_k, a) => a.modality, cypher: asString },
  { header: 'weight:int', type: 'integer', read: (_k, a) => a.weight, cypher: asInteger },
  { header: 'confidence:float', type: 'double', read: (_k, a) => a.confidence, cypher: asFloat },
  { header: 'polarity', type: 'string', read: (_k, a) => a.polarity, cypher: asString },
  { header: 'cameo', type: 'string', read: (_k, a) => a.cameo, cypher: asString },
  { header: 'firstDate', type: 'string', read: (_k, a) => a.firstDate, cypher: asString },
  { header: 'lastDate', type: 'string', read: (_k, a) => a.lastDate, cypher: asString },
  { header: 'evidence', type: 'string', read: (_k, a) => firstEvidence(a), cypher: asString },
];

function record(cells: string[]): string {
  return cells.map(csvField).join(',') + RECORD_END;
}

function row<A>(columns: Neo4jColumn<A>[], key: string, attributes: A, ends: [string, string], what: string): string {
  return record(columns.map((column) => {
    const where = () => `geokg/${MODULE}: ${what} ${key} column ${column.header}`;
    const value = formatValue(column.read(key, attributes, ends), column.type, where);
    if (value === null) return '';
    return column.type === 'string' ? stripForbiddenChars(value) : value;
  }));
}

/** The property name a header sets (`mentions:int` -> `mentions`). */
function propertyName(header: string): string {
  return header.split(':')[0];
}

/** `row.\`mentions:int\``: headers with a colon need backticks in Cypher. */
function field(header: string): string {
  return `row.\`${header}\``;
}

function assignments<A>(variable: string, columns: Neo4jColumn<A>[]): string {
  return columns
    .filter((c) => c.cypher)
    .map((c) => `${variable}.${propertyName(c.header)} = ${c.cypher!(field(c.header))}`)
    .join(',\n    ');
}

function cypherScript(entityTypes: EntityType[], relations: RelationType[]): string {
  const nodes = (file: string) => `LOAD CSV WITH HEADERS FROM 'file:///${file}' AS row`;
  const blocks = [
    [
      `// Loads ${NEO4J_FILES.nodes} and ${NEO4J_FILES.relationships} from Neo4j's import folder without APOC:`,
      '//   cypher-shell -u neo4j -p PASSWORD -f load.cypher',
      '// With neo4j-admin instead (an empty database; evidence can span lines):',
      `//   neo4j-admin database import full --nodes=${NEO4J_FILES.nodes} --relationships=${NEO4J_FILES.relationships} --multiline-fields=true neo4j`,
      '// Undirected relations (directed = false) are stored in one direction; match them with -[r]-.',
      '// LOAD CSV reads \\" as an escaped quote unless dbms.import.csv.legacy_quote_escaping=false.',
    ].join('\n'),
    `CREATE CONSTRAINT geokg_entity_id IF NOT EXISTS FOR (n:${NEO4J_ENTITY_LABEL}) REQUIRE n.id IS UNIQUE;`,
    [
      nodes(NEO4J_FILES.nodes),
      `MERGE (n:${NEO4J_ENTITY_LABEL} {id: ${field('id:ID')}})`,
      `SET ${assignments('n', NODE_COLUMNS)};`,
    ].join('\n'),
    // a label cannot be a parameter without APOC: one pass per entity type
    ...entityTypes.map((type) => [
      nodes(NEO4J_FILES.nodes),
      `WITH row WHERE row.entityType = '${type}'`,
      `MATCH (n:${NEO4J_ENTITY_LABEL} {id: ${field('id:ID')}})`,
      `SET n:${neo4jLabel(type)};`,
    ].join('\n')),
    // nor can a relationship type: one block per relation type
    ...relations.map((relation) => {
      const type = neo4jRelationshipType(relation);
      return [
        nodes(NEO4J_FILES.relationships),
        `WITH row WHERE ${field(':TYPE')} = '${type}'`,
        `MATCH (a:${NEO4J_ENTITY_LABEL} {id: ${field(':START_ID')}}), (b:${NEO4J_ENTITY_LABEL} {id: ${field(':END_ID')}})`,
        `MERGE (a)-[r:${type} {key: row.key}]->(b)`,
        `SET ${assignments('r', RELATIONSHIP_COLUMNS)};`,
      ].join('\n');
    }),
  ];
  return `${blocks.join('\n\n')}\n`;
}

export function writeNeo4j(graph: GeoGraph): Neo4jExport {
  const entityTypes = new Set<EntityType>();
  const relations = new Set<RelationType>();
  let nodes = record(NODE_COLUMNS.map((c) => c.header));
  graph.forEachNode((key, attributes) => {
    entityTypes.add(checkEntityType(attributes.entityType, key));
    nodes += row(NODE_COLUMNS, key, attributes, [key, key], 'node');
  });
  let relationships = record(RELATIONSHIP_COLUMNS.map((c) => c.header));
  graph.forEachEdge((key, attributes, source, target) => {
    relations.add(checkRelation(MODULE, attributes.relation, key));
    relationships += row(RELATIONSHIP_COLUMNS, key, attributes, [source, target], 'edge');
  });
  const cypher = cypherScript(
    ENTITY_TYPES.filter((t) => entityTypes.has(t)),
    RELATION_TYPES.filter((r) => relations.has(r)),
  );
  return { nodes, relationships, cypher };
}
