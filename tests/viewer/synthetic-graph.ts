/**
 * Seeded synthetic data graphs shaped like what `geokg build` writes (graphology serialization,
 * the attributes of src/graph/types.ts): clustered positions as a force layout leaves them,
 * hub-dominated degrees, several relations between the same pair of actors, mixed modalities.
 * Used by the viewer's scale test and by the viewer benchmark.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RELATION_TYPES } from '../../src/model.js';
import type { EntityType, Modality, RelationType } from '../../src/model.js';
import { edgeKey } from '../../src/graph/types.js';
import type { EdgeAttributes, NodeAttributes, SerializedGeoGraph } from '../../src/graph/types.js';
import { mulberry32 } from '../../src/util/random.js';

const DATA = resolve(import.meta.dirname, '..', '..', 'data');
const relationTable = JSON.parse(readFileSync(join(DATA, 'relation-types.json'), 'utf8')) as Record<RelationType, { directed: boolean; polarity: EdgeAttributes['polarity']; cameo: string }>;
const style = JSON.parse(readFileSync(join(DATA, 'style.json'), 'utf8')) as { entityTypes: Record<EntityType, string>; relationTypes: Record<RelationType, string> };

export interface SyntheticGraphOptions {
  nodes: number;
  edges: number;
  seed?: number;
}

/** Shares of entity types and of modalities, roughly as in a news corpus. */
const TYPE_WEIGHTS: [EntityType, number][] = [['country', 0.04], ['person', 0.4], ['organization', 0.34], ['military', 0.1], ['region', 0.12]];
const MODALITY_WEIGHTS: [Modality, number][] = [['asserted', 0.85], ['hypothetical', 0.1], ['negated', 0.05]];
const SYLLABLES = ['ka', 'ro', 'vel', 'min', 'tas', 'or', 'lu', 'zen', 'par', 'ich', 'do', 'sa', 'mer', 'ul', 'bri', 'an'];
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2010, 0, 1) / DAY;

function weighted<T>(rand: () => number, table: [T, number][]): T {
  let r = rand() * table.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of table) if ((r -= w) < 0) return value;
  return table[table.length - 1][0];
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

function countryCode(i: number): string {
  const letter = (n: number) => String.fromCharCode(65 + (n % 26));
  return letter(Math.floor(i / 676)) + letter(Math.floor(i / 26)) + letter(i);
}

export function syntheticGraph(options: SyntheticGraphOptions): SerializedGeoGraph {
  const rand = mulberry32(options.seed ?? 7);
  const name = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
  const title = (s: string) => s[0].toUpperCase() + s.slice(1);
  const communities = Math.max(2, Math.round(Math.sqrt(options.nodes) / 2));
  const spread = 10 * Math.sqrt(options.nodes);
  const centres = Array.from({ length: communities }, () => {
    const angle = 2 * Math.PI * rand();
    const r = spread * Math.sqrt(rand());
    return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  });
  const clusterRadius = spread / Math.sqrt(communities);

  const keys: string[] = [];
  const nodeAttrs: NodeAttributes[] = [];
  const members: number[][] = Array.from({ length: communities }, () => []);
  let countries = 0;
  for (let i = 0; i < options.nodes; i++) {
    const entityType = weighted(rand, TYPE_WEIGHTS);
    const key = entityType === 'country' && countries < 17_576 ? countryCode(countries++) : `${entityType}-${i}`;
    const label = entityType === 'person' ? `${title(name())} ${title(name())}` : title(name()) + (entityType === 'military' ? ' Forces' : '');
    const community = Math.floor(rand() ** 1.5 * communities);
    members[community].push(i);
    const first = FIRST_DAY + Math.floor(rand() * 3000);
    keys.push(key);
    nodeAttrs.push({
      label, entityType, linked: rand() < 0.6, aliases: rand() < 0.3 ? [title(name())] : [], roles: [], mentions: 1, documents: [],
      firstSeen: isoDay(first), lastSeen: isoDay(first + Math.floor(rand() * 600)),
      degree: 0, weightedDegree: 0, pagerank: 0, betweenness: 0, community,
      x: Math.round((centres[community].x + gaussian(rand) * clusterRadius) * 1000) / 1000,
      y: Math.round((centres[community].y + gaussian(rand) * clusterRadius) * 1000) / 1000,
      size: 3, color: style.entityTypes[entityType],
    });
  }

  // a few hubs take many edges (Zipf-like picks); most targets stay in the source's community
  const pickNode = () => Math.floor(options.nodes * rand() ** 2.2);
  const edges: SerializedGeoGraph['edges'] = [];
  const seen = new Set<string>();
  for (let attempts = 0; edges.length < options.edges && attempts < options.edges * 20; attempts++) {
    const s = pickNode();
    const pool = rand() < 0.8 ? members[nodeAttrs[s].community] : null;
    const t = pool && pool.length > 1 ? pool[Math.floor(rand() * pool.length)] : pickNode();
    if (s === t) continue;
    const relation = RELATION_TYPES[Math.floor(rand() ** 1.4 * RELATION_TYPES.length)];
    const modality = weighted(rand, MODALITY_WEIGHTS);
    const info = relationTable[relation];
    const key = edgeKey(keys[s], relation, keys[t], modality, info.directed);
    if (seen.has(key)) continue;
    seen.add(key);
    const [source, target] = info.directed || keys[s] <= keys[t] ? [keys[s], keys[t]] : [keys[t], keys[s]];
    const weight = 1 + Math.floor(-Math.log(1 - rand()) * 1.5);
    const day = FIRST_DAY + Math.floor(rand() * 3600);
    nodeAttrs[s].degree++;
    nodeAttrs[t].degree++;
    nodeAttrs[s].weightedDegree += weight;
    nodeAttrs[t].weightedDegree += weight;
    const attributes: EdgeAttributes = {
      relation, directed: info.directed, modality, weight, documents: [`doc-${day}`],
      firstDate: isoDay(day), lastDate: isoDay(day + Math.floor(rand() * 90)),
      confidence: Math.round((0.5 + rand() / 2) * 100) / 100, polarity: info.polarity, cameo: info.cameo, attributes: {},
      evidence: [{ sentence: `${nodeAttrs[s].label} and ${nodeAttrs[t].label}: ${relation}.`, documentId: `doc-${day}`, documentTitle: null, documentDate: isoDay(day), start: 0, end: 0 }],
      evidenceCount: weight, color: style.relationTypes[relation], size: 1,
    };
    edges.push({ key, source, target, attributes, undirected: !info.directed });
  }
  const maxDegree = Math.max(1, ...nodeAttrs.map((a) => a.degree));
  for (const a of nodeAttrs) a.size = Math.round((3 + 15 * Math.sqrt(a.degree / maxDegree)) * 100) / 100;
  return {
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    attributes: { name: `synthetic-${options.nodes}-${options.edges}`, extractorVersion: 'synthetic', documents: [] },
    nodes: keys.map((key, i) => ({ key, attributes: nodeAttrs[i] })),
    edges,
  };
}
