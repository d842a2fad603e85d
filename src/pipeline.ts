/**
 * The extraction pipeline, one document at a time:
 *   SourceDocument -> text (tokens, sentences, layout) -> entities (recognition, linking,
 *   coreference) -> relations (cues, arguments, modality, structure) -> Extraction.
 * Each stage is a pure function of its input and the catalog.
 */
import type { DocumentInfo, Extraction, SourceDocument } from './model.js';
import { analyzeText, type TextDoc } from './text/sentences.js';
import { linkingLexicon } from './entities/lexicon.js';
import { stateOfPlace } from './entities/dateline-state.js';
import { documentLayout } from './text/layout.js';
import { analyzeEntities, contractEntities, gazetteerFor } from './entities/index.js';
import { extractRelations } from './relations/extract.js';
import type { RelationStageInput, UsualState } from './relations/candidate.js';
import type { EntityAnalysis } from './entities/types.js';
import type { CatalogView } from './entities/gazetteer.js';
import { LimitError, resolveLimits, type ExtractionLimits } from './limits.js';

export interface ExtractOptions {
  catalog: CatalogView;
  limits?: Partial<ExtractionLimits>;
}

export function documentInfo(doc: SourceDocument): DocumentInfo {
  const info: DocumentInfo = { id: doc.id, path: doc.path, title: doc.title, date: doc.date, source: doc.source };
  if (doc.url) info.url = doc.url;
  if (doc.place) (info as DocumentInfo & { place?: string }).place = doc.place;
  return info;
}

export function extractDocument(doc: SourceDocument, options: ExtractOptions): Extraction {
  const limits = resolveLimits(options.limits);
  if (doc.text.length > limits.maxDocumentChars) throw new LimitError('maxDocumentChars', doc.text.length, limits.maxDocumentChars);
  const text = analyzeText(doc.text);
  const layout = documentLayout(doc);
  const analysis = analyzeEntities({ document: doc, text, skip: layout.skip }, options.catalog);
  if (analysis.entities.size > limits.maxEntities) throw new LimitError('maxEntities', analysis.entities.size, limits.maxEntities);
  // a run-on "sentence" (a table, a list without punctuation) is read only up to the limit
  for (const s of text.sentences) if (s.tokenEnd - s.tokenStart > limits.maxSentenceTokens) s.tokenEnd = s.tokenStart + limits.maxSentenceTokens;
  const relations = extractRelations(relationStageInput(doc, text, layout.skip, analysis, options.catalog));
  return { document: documentInfo(doc), entities: contractEntities(analysis, doc.text), relations };
}

/**
 * What the relation stage reads for a document whose text and entities are analysed: the
 * lexicons it needs and the state of the document's dateline place. The benchmarks time the
 * stage on this same input.
 */
export function relationStageInput(doc: SourceDocument, text: TextDoc, skip: Array<[number, number]>, analysis: EntityAnalysis, catalog: CatalogView): RelationStageInput {
  const lexicon = linkingLexicon();
  return {
    text, analysis, date: doc.date, skip, roleNouns: lexicon.appositionRoles,
    placeState: doc.place ? stateOfPlace(gazetteerFor(catalog), doc.place) : null,
    usualStates: usualStatesOf(catalog),
    forceNouns: lexicon.forceNouns, targetNouns: lexicon.targetNouns, stateOwnership: lexicon.stateOwnership, hostingVerbs: lexicon.hostingVerbs,
  };
}

const usualStatesCache = new WeakMap<CatalogView, Map<string, UsualState>>();

/** Title -> the state it usually belongs to, once per catalog. */
function usualStatesOf(catalog: CatalogView): Map<string, UsualState> {
  let map = usualStatesCache.get(catalog);
  if (!map) {
    map = new Map(catalog.titles.filter((t) => t.usualOf).map((t) => [t.title, { of: t.usualOf!, alsoOf: new Set(t.alsoOf ?? []) }]));
    usualStatesCache.set(catalog, map);
  }
  return map;
}

