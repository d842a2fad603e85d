/**
 * geokg as a library: the same behaviour as the CLI, which is a thin layer over this.
 *
 *   import { extract, buildGraph, readGraphFile, findPaths } from 'geokg';
 */
// the model and the extraction contract
export * from './model.js';
export { RELATION_TYPE_INFO, isDirected } from './relation-types.js';
export type { RelationTypeInfo } from './relation-types.js';
export { VERSION, EXTRACTOR_VERSION } from './version.js';

// corpus -> extraction
export { extract, extractText, extractSafely, catalogFor } from './api.js';
export type { ExtractApiOptions } from './api.js';
export { extractDocument } from './pipeline.js';
export { loadCorpus, loadDocumentFile, documentId } from './corpus/load.js';
export type { LoadResult, LoadOptions } from './corpus/load.js';
export { parseNewsDate } from './corpus/dates.js';
export { loadCatalog, CatalogError } from './entities/catalog/load.js';
export type { Catalog } from './entities/catalog/load.js';
export type { CatalogEntry, Title } from './entities/catalog/schema.js';
export { DEFAULT_LIMITS, LimitError } from './limits.js';
export type { ExtractionLimits } from './limits.js';

// graph
export type * from './graph/types.js';
export { edgeKey } from './graph/types.js';
export { createGeoGraph, graphFromSerialized, readGraphFile, writeGraphFile } from './graph/io.js';
export { aggregateExtractions, GraphAggregator, noisyOr } from './graph/aggregate.js';
export { computeMetrics } from './graph/metrics.js';
export { layout } from './graph/layout.js';
export { buildGraph } from './build/build.js';
export type { BuildOptions, BuildReport } from './build/build.js';

// formats
export { EXPORT_FORMATS, exportGraph, findExportFormat } from './formats/index.js';
export { writeGexf } from './formats/gexf.js';
export { writeGraphml } from './formats/graphml.js';
export { writeCsv } from './formats/csv.js';
export { writeJson } from './formats/json.js';
export { writeNeo4j } from './formats/neo4j.js';
export { filterGraph, FilterOptionError } from './formats/filter.js';
export type { FilterOptions } from './formats/filter.js';

// paths
export { findPaths, resolveEntity, EntityNotFoundError, egoNetwork } from './paths/index.js';
export type { PathOptions, PathResult, PathHop } from './paths/index.js';

// evaluation
export { scoreGold } from './eval/gold.js';
export { scorePlover } from './eval/plover.js';

// viewer server
export { serveViewer } from './viewer-server/serve.js';
