/**
 * Export filters: a subgraph of the data graph chosen by relation type, weight, modality,
 * time window and ego network, handed to any export format. The input graph is never
 * changed; the result is a new graph whose attributes are copies (metrics, layout and
 * colours stay those of the whole graph, so a filtered export lines up with the full one).
 *
 * An option left out filters nothing, so `filterGraph(graph, {})` is a copy of the graph.
 * Once any option is given, entities left without a relation are dropped (except the ego
 * centre): a filter selects relations, and the entities come with them.
 */
import type { GeoGraph } from '../graph/types.js';
import { RELATION_TYPES, type RelationType } from '../model.js';
import { egoNetwork } from '../paths/neighbors.js';
import { resolveEntity } from '../paths/resolve-entity.js';

export const FILTER_MODALITIES = ['asserted', 'all'] as const;
export type FilterModality = (typeof FILTER_MODALITIES)[number];

export interface FilterOptions {
  /** Only these relation types. */
  types?: readonly string[];
  /** Only relations with at least this many mentions. */
  minWeight?: number;
  /** 'asserted': facts only; 'all' (the default here): also hypothetical and negated relations. */
  modality?: FilterModality;
  /** ISO dates, inclusive: keep relations whose [firstDate, lastDate] meets the window; undated ones go. */
  since?: string;
  until?: string;
  /** Keep the entities within `depth` hops (default 1) of this entity (id, name or alias), over the kept relations. */
  ego?: { entity: string; depth?: number };
}

/** A filter option with a bad value; the message names the option and the value. */
export class FilterOptionError extends Error {
  constructor(message: string) {
    super(`geokg/export: ${message}`);
    this.name = 'FilterOptionError';
  }
}

const RELATION_SET: ReadonlySet<string> = new Set(RELATION_TYPES);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkTypes(types: readonly string[]): Set<RelationType> {
  for (const type of types) {
    if (!RELATION_SET.has(type)) {
      throw new FilterOptionError(`unknown relation type ${JSON.stringify(type)} (known: ${RELATION_TYPES.join(', ')})`);
    }
  }
  return new Set(types as readonly RelationType[]);
}

/** A real calendar day in YYYY-MM-DD ("2014-02-30" is not one). */
function checkDate(value: unknown, option: string): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const day = new Date(Date.UTC(y, m - 1, d));
    if (day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d) return value as string;
  }
  throw new FilterOptionError(`${option} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

interface EdgeFilter {
  types: Set<RelationType> | null;
  minWeight: number | null;
  assertedOnly: boolean;
  since: string | null;
  until: string | null;
}

function edgeFilter(options: FilterOptions): EdgeFilter {
  const modality = options.modality ?? 'all';
  if (!(FILTER_MODALITIES as readonly string[]).includes(modality)) {
    throw new FilterOptionError(`modality must be "asserted" or "all", got ${JSON.stringify(modality)}`);
  }
  const minWeight = options.minWeight ?? null;
  if (minWeight !== null && !(typeof minWeight === 'number' && Number.isFinite(minWeight) && minWeight >= 0)) {
    throw new FilterOptionError(`min weight must be a non-negative number, got ${JSON.stringify(minWeight)}`);
  }
  const since = options.since === undefined ? null : checkDate(options.since, 'since');
  const until = options.until === undefined ? null : checkDate(options.until, 'until');
  if (since !== null && until !== null && since > until) {
    throw new FilterOptionError(`since ${since} is after until ${until}`);
  }
  return { types: options.types ? checkTypes(options.types) : null, minWeight, assertedOnly: modality === 'asserted', since, until };
}

/** True when [first, last] meets [since, until]; a relation with one date spans that day only. */
function inWindow(first: string | null, last: string | null, since: string | null, until: string | null): boolean {
  if (since === null && until === null) return true;
  const start = first ?? last;
  const end = last ?? first;
  if (start === null || end === null) return false;
  return (since === null || end >= since) && (until === null || start <= until);
}

function isActive(options: FilterOptions): boolean {
  return options.types !== undefined || options.minWeight !== undefined || options.since !== undefined
    || options.until !== undefined || options.ego !== undefined || (options.modality ?? 'all') !== 'all';
}

function checkDepth(depth: unknown): number {
  if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 0) {
    throw new FilterOptionError(`ego depth must be a non-negative integer, got ${JSON.stringify(depth)}`);
  }
  return depth;
}

/** The subgraph that passes `options`, as a new graph; see the module comment for the rules. */
export function filterGraph(graph: GeoGraph, options: FilterOptions = {}): GeoGraph {
  const filter = edgeFilter(options);
  const depth = options.ego ? checkDepth(options.ego.depth ?? 1) : 0;
  // resolved before any work, so that an unknown name fails fast
  const centre = options.ego ? resolveEntity(graph, options.ego.entity) : null;

  const out = graph.nullCopy() as GeoGraph;
  out.replaceAttributes(structuredClone(graph.getAttributes()));
  graph.forEachNode((node, attributes) => {
    out.addNode(node, structuredClone(attributes));
  });
  graph.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    if (filter.types !== null && !filter.types.has(a.relation)) return;
    if (filter.assertedOnly && a.modality !== 'asserted') return;
    if (filter.minWeight !== null && !(a.weight >= filter.minWeight)) return;
    if (!inWindow(a.firstDate ?? null, a.lastDate ?? null, filter.since, filter.until)) return;
    const copy = structuredClone(a);
    if (undirected) out.addUndirectedEdgeWithKey(key, source, target, copy);
    else out.addDirectedEdgeWithKey(key, source, target, copy);
  });

  if (centre !== null) {
    // the walk follows only the relations kept above
    const kept = new Set(egoNetwork(out, centre, { depth, modality: 'all' }).nodes.map((n) => n.id));
    for (const node of out.nodes()) if (!kept.has(node)) out.dropNode(node);
  }
  if (isActive(options)) {
    for (const node of out.nodes()) if (node !== centre && out.degree(node) === 0) out.dropNode(node);
  }
  return out;
}
