/**
 * The extraction pipeline, one document at a time:
 *   SourceDocument -> text (tokens, sentences, layout) -> entities (recognition, linking,
 *   coreference) -> relations (cues, arguments, modality, structure) -> Extraction.
 * Each stage is a pure function of its input and the catalog.
 */
import type { DocumentInfo, Extraction, SourceDocument } from './model.js';
import { analyzeText } from './text/sentences.js';
import { documentLayout } from './text/layout.js';
import { analyzeEntities, contractEntities, gazetteerFor } from './entities/index.js';
import { extractRelations } from './relations/extract.js';
import type { CatalogView } from './entities/gazetteer.js';

export interface ExtractOptions {
  catalog: CatalogView;
}

export function documentInfo(doc: SourceDocument): DocumentInfo {
  const info: DocumentInfo = { id: doc.id, path: doc.path, title: doc.title, date: doc.date, source: doc.source };
  if (doc.url) info.url = doc.url;
  if (doc.place) (info as DocumentInfo & { place?: string }).place = doc.place;
  return info;
}

export function extractDocument(doc: SourceDocument, options: ExtractOptions): Extraction {
  const text = analyzeText(doc.text);
  const layout = documentLayout(doc);
  const analysis = analyzeEntities({ document: doc, text, skip: layout.skip }, options.catalog);
  const roleNouns = new Set(gazetteerFor(options.catalog).roleNouns.keys());
  const relations = extractRelations({ text, analysis, date: doc.date, skip: layout.skip, roleNouns });
  return { document: documentInfo(doc), entities: contractEntities(analysis, doc.text), relations };
}
