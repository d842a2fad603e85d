/** Path query types shared by the CLI (`geokg path`), the library and the viewer's path finder. */
import type { Modality, RelationType } from '../model.js';
import type { EdgeEvidence } from '../graph/types.js';

export interface PathOptions {
  /** Number of shortest simple paths to return (Yen's k). Default 3. */
  k?: number;
  /** Only these relation types may be hops (default: all). */
  types?: RelationType[];
  /** These relation types may not be hops. */
  excludeTypes?: RelationType[];
  /** Follow directed relations forwards only (undirected ones either way). Default false. */
  directed?: boolean;
  /** Longest path, in hops. Default 6. */
  maxHops?: number;
  /** 'asserted' (default) uses asserted edges only; 'all' also hypothetical and negated ones. */
  modality?: 'asserted' | 'all';
  /** Prefer strong, well-evidenced edges (edge cost from weight and confidence). Default false: every hop costs 1. */
  weighted?: boolean;
}

export interface PathHop {
  /** Edge key in the graph. */
  edge: string;
  /** The node the hop leaves from and the node it arrives at, in path order. */
  from: string;
  to: string;
  relation: RelationType;
  modality: Modality;
  directed: boolean;
  /** For a directed relation: true when it points from `from` to `to`. */
  forward: boolean;
  cost: number;
  /** The best evidence sentence for the hop, when the edge has any. */
  evidence: EdgeEvidence | null;
}

export interface PathResult {
  /** Node ids from source to target. */
  nodes: string[];
  hops: PathHop[];
  cost: number;
}
