/**
 * Getting a graph into the viewer: the served graph.json, a picked file, or a dropped file,
 * in geokg JSON (graphology serialization) or GEXF. Whatever arrives is untrusted and is
 * normalized into a well-typed data graph; nothing here touches the DOM with its text.
 */
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import type { Attributes } from 'graphology-types';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '../../src/model.js';
import type { EntityType, Modality, RelationType, Role } from '../../src/model.js';
import type { EdgeAttributes, EdgeEvidence, GeoGraph, GraphAttributes, NodeAttributes } from '../../src/graph/types.js';
import { RELATION_STYLES } from './settings.js';

export interface LoadedGraph {
  graph: GeoGraph;
  /** Where the graph came from, for the title bar. */
  origin: string;
  /** Items dropped because they could not be read (unknown relation type, missing endpoint). */
  skipped: number;
  /** Milliseconds spent reading the bytes and turning the text into the data graph. */
  timings: { readMs: number; parseMs: number };
}

type Raw = Record<string, unknown>;

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback);
const num = (v: unknown, fallback = 0): number => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : fallback;
};
const dateOrNull = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}(-\d{2}){0,2}/.test(v) ? v.slice(0, 10) : null);

/** GEXF carries lists as strings: JSON arrays, or values joined by "|" or ";". */
function list(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v !== 'string' || v.trim() === '') return [];
  const text = v.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // not JSON: fall through to the separators
    }
  }
  return text.split(/\s*[|;]\s*/).filter(Boolean);
}

function roleList(v: unknown): Role[] {
  return list(v).flatMap((r) => {
    if (r && typeof r === 'object') {
      const o = r as Raw;
      const role: Role = { title: str(o.title), of: str(o.of) };
      if (typeof o.from === 'string') role.from = o.from;
      if (typeof o.to === 'string') role.to = o.to;
      return role.title ? [role] : [];
    }
    return typeof r === 'string' && r ? [{ title: r, of: '' }] : [];
  });
}

function evidenceList(v: unknown): EdgeEvidence[] {
  // GEXF stores the best sentence as plain text: never split it on separators
  const items = typeof v === 'string' && !v.trim().startsWith('[') ? (v.trim() ? [v] : []) : list(v);
  return items.flatMap((e) => {
    if (e && typeof e === 'object') {
      const o = e as Raw;
      const sentence = str(o.sentence);
      if (!sentence) return [];
      return [{
        sentence,
        documentId: str(o.documentId),
        documentTitle: typeof o.documentTitle === 'string' ? o.documentTitle : null,
        documentDate: dateOrNull(o.documentDate),
        start: num(o.start),
        end: num(o.end),
      }];
    }
    return typeof e === 'string' && e ? [{ sentence: e, documentId: '', documentTitle: null, documentDate: null, start: 0, end: 0 }] : [];
  });
}

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function normalizeNode(key: string, a: Raw, index: number, total: number): NodeAttributes {
  const entityType = pick<EntityType>(a.entityType ?? a.entity_type ?? a.kind, ENTITY_TYPES) ?? 'organization';
  // nodes without a position start on a circle; the layout button spreads them properly
  const angle = (2 * Math.PI * index) / Math.max(1, total);
  return {
    label: str(a.label, key) || key,
    entityType,
    linked: a.linked !== false && a.linked !== 'false',
    aliases: list(a.aliases).map((x) => str(x)).filter(Boolean),
    roles: roleList(a.roles),
    mentions: num(a.mentions),
    documents: list(a.documents).map((x) => str(x)).filter(Boolean),
    firstSeen: dateOrNull(a.firstSeen),
    lastSeen: dateOrNull(a.lastSeen),
    degree: num(a.degree, -1),
    weightedDegree: num(a.weightedDegree),
    pagerank: num(a.pagerank),
    betweenness: num(a.betweenness),
    community: Math.trunc(num(a.community)),
    x: num(a.x, 100 * Math.cos(angle)),
    y: num(a.y, 100 * Math.sin(angle)),
    size: num(a.size, 5),
    color: str(a.color, '#888888'),
  };
}

export function normalizeEdge(a: Raw): EdgeAttributes | null {
  const relation = pick<RelationType>(a.relation ?? a.relationType ?? a.label, RELATION_TYPES);
  if (!relation) return null;
  const modality = pick<Modality>(a.modality, MODALITIES) ?? 'asserted';
  const evidence = evidenceList(a.evidence);
  const attributes = a.attributes && typeof a.attributes === 'object' && !Array.isArray(a.attributes) ? (a.attributes as EdgeAttributes['attributes']) : {};
  return {
    relation,
    directed: RELATION_STYLES[relation].directed,
    modality,
    weight: num(a.weight, Math.max(1, evidence.length)),
    documents: list(a.documents).map((x) => str(x)).filter(Boolean),
    firstDate: dateOrNull(a.firstDate),
    lastDate: dateOrNull(a.lastDate),
    confidence: num(a.confidence, 1),
    polarity: (pick(a.polarity, ['cooperative', 'conflictual', 'structural'] as const) ?? RELATION_STYLES[relation].polarity) as EdgeAttributes['polarity'],
    cameo: str(a.cameo),
    attributes,
    evidence,
    evidenceCount: num(a.evidenceCount, evidence.length),
    color: str(a.color, '#999999'),
    size: num(a.size, 1),
  };
}

interface RawItems {
  attributes: Raw;
  nodes: { key: string; attributes: Raw }[];
  edges: { key: string | null; source: string; target: string; attributes: Raw }[];
}

function buildGeoGraph(items: RawItems): { graph: GeoGraph; skipped: number } {
  const graph: GeoGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  const ga = items.attributes;
  graph.replaceAttributes({
    name: str(ga.name, 'graph'),
    extractorVersion: str(ga.extractorVersion),
    documents: list(ga.documents).filter((d): d is Raw => !!d && typeof d === 'object').map((d) => ({
      id: str(d.id), path: str(d.path), title: typeof d.title === 'string' ? d.title : null, date: dateOrNull(d.date), source: typeof d.source === 'string' ? d.source : null,
    })),
  });
  let skipped = 0;
  items.nodes.forEach((n, i) => {
    if (graph.hasNode(n.key)) { skipped++; return; }
    graph.addNode(n.key, normalizeNode(n.key, n.attributes, i, items.nodes.length));
  });
  items.edges.forEach((e, i) => {
    const attrs = normalizeEdge(e.attributes);
    const key = e.key ?? `e${i}`;
    if (!attrs || !graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target || graph.hasEdge(key)) { skipped++; return; }
    if (attrs.directed) graph.addDirectedEdgeWithKey(key, e.source, e.target, attrs);
    else graph.addUndirectedEdgeWithKey(key, e.source, e.target, attrs);
  });
  graph.forEachNode((node, a) => {
    if (a.degree < 0) graph.setNodeAttribute(node, 'degree', graph.degree(node));
  });
  return { graph, skipped };
}

export function graphFromJson(text: string): { graph: GeoGraph; skipped: number } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`geokg/viewer-load: not JSON: ${(err as Error).message}`);
  }
  const d = data as Raw;
  if (!d || !Array.isArray(d.nodes) || !Array.isArray(d.edges)) {
    throw new Error('geokg/viewer-load: not a graphology serialized graph (expected "nodes" and "edges" arrays)');
  }
  const obj = (v: unknown): Raw => (v && typeof v === 'object' ? (v as Raw) : {});
  return buildGeoGraph({
    attributes: obj(d.attributes),
    nodes: (d.nodes as unknown[]).map((n) => ({ key: str(obj(n).key), attributes: obj(obj(n).attributes) })).filter((n) => n.key !== ''),
    edges: (d.edges as unknown[]).map((e) => {
      const o = obj(e);
      return { key: o.key === undefined ? null : str(o.key), source: str(o.source), target: str(o.target), attributes: obj(o.attributes) };
    }),
  });
}

export function graphFromGexf(text: string): { graph: GeoGraph; skipped: number } {
  let raw;
  try {
    raw = parseGexf(MultiGraph<Attributes, Attributes, Attributes>, text, { addMissingNodes: true });
  } catch (err) {
    throw new Error(`geokg/viewer-load: cannot read GEXF: ${(err as Error).message}`);
  }
  const items: RawItems = { attributes: raw.getAttributes(), nodes: [], edges: [] };
  raw.forEachNode((key, attributes) => items.nodes.push({ key, attributes }));
  raw.forEachEdge((key, attributes, source, target) => items.edges.push({ key, source, target, attributes }));
  return buildGeoGraph(items);
}

export function graphFromText(text: string, name: string, readMs = 0): LoadedGraph {
  const started = performance.now();
  const looksXml = /^\s*(<\?xml|<gexf)/i.test(text) || /\.gexf$/i.test(name);
  const { graph, skipped } = looksXml ? graphFromGexf(text) : graphFromJson(text);
  return { graph, origin: name, skipped, timings: { readMs, parseMs: performance.now() - started } };
}

export async function fetchGraph(url: string): Promise<LoadedGraph> {
  const started = performance.now();
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`geokg/viewer-load: ${url} answered ${response.status}`);
  const text = await response.text();
  return graphFromText(text, url, performance.now() - started);
}

export async function readGraphFile(file: File): Promise<LoadedGraph> {
  const started = performance.now();
  const text = await file.text();
  return graphFromText(text, file.name, performance.now() - started);
}

/** Calls `onFile` for files picked in the input or dropped anywhere on the target. */
export function attachFileInputs(input: HTMLInputElement, dropTarget: HTMLElement, onFile: (file: File) => void): void {
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = '';
  });
  dropTarget.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropTarget.classList.add('dragging');
  });
  dropTarget.addEventListener('dragleave', () => dropTarget.classList.remove('dragging'));
  dropTarget.addEventListener('drop', (event) => {
    event.preventDefault();
    dropTarget.classList.remove('dragging');
    const file = event.dataTransfer?.files?.[0];
    if (file) onFile(file);
  });
}
