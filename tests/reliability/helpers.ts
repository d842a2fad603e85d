/**
 * Shared by the reliability tests: running the real `geokg` CLI in a child process,
 * hostile strings for property tests, and random data graphs built from them.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { createGeoGraph } from '../../src/graph/io.js';
import { edgeKey, type EdgeAttributes, type GeoGraph, type NodeAttributes } from '../../src/graph/types.js';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '../../src/model.js';
import { RELATION_TYPE_INFO } from '../../src/relation-types.js';
import { xmlSafe } from '../formats/helpers.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'reliability');
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const CLI = join(ROOT, 'src', 'cli', 'main.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliSpawnOptions {
  cwd: string;
  /** Run as another user (only root may): lets a root test see permission errors. */
  uid?: number;
  gid?: number;
}

/** `geokg ARGS...` through src/cli/main.ts, exactly as a user runs it. */
export function runCli(args: string[], options: CliSpawnOptions): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath, ['--import', TSX_LOADER, CLI, ...args],
      { cwd: options.cwd, uid: options.uid, gid: options.gid, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

// The material news pages and hostile feeds actually carry: markup, entities, quotes,
// C0 controls, lone surrogates, bidi overrides, right-to-left scripts, emoji sequences.
export const HOSTILE_PIECES = [
  '<script>alert(1)</script>', '<img src=x onerror="alert(1)">', 'javascript:alert(1)', '&', '&amp;', '&#x3C;', '"', "'", '`',
  ']]>', '<!--', '\u0000', '\u0007', '\u001b', '\u001f', '\u007f', '\t', '\n', '\r\n', '\r', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF',
  '\u202E', '\u200F', '\u2066', 'עברית', 'العربية', '🇰🇷', '👩‍👩‍👧', '💥', 'e\u0301', '\u00A0', '=cmd|', ' ',
] as const;

/** A string made of hostile pieces and arbitrary code units. */
export const hostileString = (maxParts = 6): fc.Arbitrary<string> => fc
  .array(fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 5 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 5 }) },
  ), { maxLength: maxParts })
  .map((parts) => parts.join(''));

// the independent XML 1.0 filter the format tests use
export { xmlSafe };

const isoDay = fc.integer({ min: 0, max: 5000 }).map((d) => new Date(Date.UTC(2005, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
// JSON has no -0, NaN or infinities; layouts and metrics never produce them.
const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));

export interface GraphShape {
  /** Node ids; hostile ones unless given. */
  ids?: fc.Arbitrary<string>;
  minNodes?: number;
  maxNodes?: number;
  maxEdges?: number;
}

/**
 * Random data graphs with every attribute of the real ones, hostile text in labels, aliases,
 * evidence and titles, parallel edges of all twelve relation types and three modalities.
 * Node ids are distinct even once XML-forbidden characters are dropped (XML exports need that).
 */
export function geoGraphs(shape: GraphShape = {}): fc.Arbitrary<GeoGraph> {
  const node = fc.record({
    id: shape.ids ?? hostileString(3),
    label: hostileString(),
    // aliases travel as one "|"-joined string in GEXF/GraphML: a name never contains "|"
    aliases: fc.array(hostileString(3).map((s) => s.replaceAll('|', '')), { maxLength: 3 }),
    entityType: fc.constantFrom(...ENTITY_TYPES),
    linked: fc.boolean(),
    mentions: fc.nat({ max: 1000 }),
    seen: fc.option(isoDay),
    x: finite(-1e6, 1e6),
    y: finite(-1e6, 1e6),
    metric: finite(0, 1),
    community: fc.nat({ max: 20 }),
  });
  const edge = fc.record({
    s: fc.nat(), t: fc.nat(),
    relation: fc.constantFrom(...RELATION_TYPES),
    modality: fc.constantFrom(...MODALITIES),
    weight: fc.integer({ min: 1, max: 60 }),
    confidence: finite(0, 1),
    sentences: fc.array(hostileString(8), { minLength: 1, maxLength: 3 }),
    title: fc.option(hostileString()),
    date: fc.option(isoDay),
    amount: fc.option(fc.integer({ min: 1, max: 1e12 })),
    currency: fc.option(hostileString(2)),
  });
  return fc.record({
    nodes: fc.uniqueArray(node, { minLength: shape.minNodes ?? 2, maxLength: shape.maxNodes ?? 7, selector: (n) => xmlSafe(n.id) }),
    edges: fc.array(edge, { maxLength: shape.maxEdges ?? 14 }),
    name: hostileString(),
  }).map(({ nodes, edges, name }) => {
    const graph = createGeoGraph();
    graph.replaceAttributes({ name, extractorVersion: 'test', documents: [] });
    for (const n of nodes) {
      const attributes: NodeAttributes = {
        label: n.label, entityType: n.entityType, linked: n.linked, aliases: n.aliases, roles: [], mentions: n.mentions,
        documents: ['d1'], firstSeen: n.seen, lastSeen: n.seen, degree: 0, weightedDegree: 0, pagerank: n.metric,
        betweenness: n.metric / 2, community: n.community, x: n.x, y: n.y, size: 1 + n.metric * 10, color: '#1f77b4',
      };
      graph.addNode(n.id, attributes);
    }
    for (const e of edges) {
      const source = nodes[e.s % nodes.length].id;
      const target = nodes[e.t % nodes.length].id;
      if (source === target) continue;
      const { directed, polarity, cameo } = RELATION_TYPE_INFO[e.relation];
      const key = edgeKey(source, e.relation, target, e.modality, directed);
      if (graph.hasEdge(key)) continue;
      const attributes: EdgeAttributes = {
        relation: e.relation, directed, modality: e.modality, weight: e.weight, documents: ['d1'], firstDate: e.date, lastDate: e.date,
        confidence: e.confidence, polarity, cameo,
        attributes: e.amount === null ? {} : { amount: e.amount, ...(e.currency === null ? {} : { currency: e.currency }) },
        evidence: e.sentences.map((sentence, i) => ({ sentence, documentId: 'd1', documentTitle: e.title, documentDate: e.date, start: i, end: i + sentence.length })),
        evidenceCount: e.sentences.length, color: '#999999', size: 1,
      };
      if (directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
      else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    }
    return graph;
  });
}
