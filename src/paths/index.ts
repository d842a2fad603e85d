/** Path queries over the data graph: k shortest paths, entity resolution, ego networks, text rendering. */
export type { PathHop, PathOptions, PathResult } from './types.js';
export {
  DEFAULT_PATH_OPTIONS,
  PathOptionError,
  checkRelationTypes,
  findPaths,
  resolvePathOptions,
  weightedEdgeCost,
} from './find-paths.js';
export type { ResolvedPathOptions } from './find-paths.js';
export { EntityNotFoundError, editDistance, matchEntity, normalizeName, resolveEntity, suggestEntities } from './resolve-entity.js';
export type { EntityMatch, EntitySuggestion } from './resolve-entity.js';
export { egoNetwork } from './neighbors.js';
export type { EgoEdge, EgoNetwork, EgoNode, EgoOptions } from './neighbors.js';
export { kShortestPaths } from './yen.js';
export type { IndexedPath, KShortestOptions } from './yen.js';
export { buildAdjacency } from './adjacency.js';
export type { Adjacency } from './adjacency.js';
export { EVIDENCE_WIDTH, formatPath, formatPaths, hopArrow, labelOf, pathLine, truncateText } from './format.js';
