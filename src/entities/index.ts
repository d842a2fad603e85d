/**
 * The entity stage: (document, text analysis, catalog) -> linked mentions and the
 * entities of the extraction contract.
 */
import type { Entity, SourceDocument } from '../model.js';
import type { TextDoc } from '../text/sentences.js';
import { buildGazetteer, type CatalogView, type Gazetteer } from './gazetteer.js';
import { linkingLexicon, type LinkingLexicon } from './lexicon.js';
import { recognizeMentions } from './recognize.js';
import { resolveStandingForces } from './acting.js';
import { resolveCoreference } from './coref.js';
import { leadersGovernments } from './leaders-governments.js';
import { stateOfPlace } from './dateline-state.js';
import { homeNameMentions } from './home-names.js';
import { newEntityInfo, type EntityAnalysis, type EntityInfo, type Mention } from './types.js';
import type { CatalogEntry } from './catalog/schema.js';

const gazetteers = new WeakMap<CatalogView, Gazetteer>();
const aliasCache = new WeakMap<CatalogEntry, string[]>();

/** Every surface form of a catalog entry, computed once per entry. */
function aliasesOf(e: CatalogEntry): string[] {
  let list = aliasCache.get(e);
  if (!list) {
    list = [...new Set([e.label, ...e.aliases, ...e.capitals, ...e.metonyms, ...e.demonyms])];
    aliasCache.set(e, list);
  }
  return list;
}

const infoCache = new WeakMap<CatalogEntry, EntityInfo>();

/** A catalog entry's record, built once and shared by every document: read-only (contractEntities copies before adding). */
function linkedInfo(e: CatalogEntry): EntityInfo {
  let info = infoCache.get(e);
  if (!info) {
    info = newEntityInfo(e.id, e.label, e.type, true, aliasesOf(e), { roles: e.roles, gender: e.gender, affiliation: e.affiliation, state: e.state, hosts: e.hosts, kind: e.kind });
    infoCache.set(e, info);
  }
  return info;
}

export function gazetteerFor(catalog: CatalogView): Gazetteer {
  let g = gazetteers.get(catalog);
  if (!g) { g = buildGazetteer(catalog, new Set(linkingLexicon().surnameFirst)); gazetteers.set(catalog, g); }
  return g;
}

const byPosition = (a: Mention, b: Mention) => a.start - b.start || a.end - b.end;

function isSorted(xs: Mention[]): boolean {
  for (let k = 1; k < xs.length; k++) if (byPosition(xs[k - 1], xs[k]) > 0) return false;
  return true;
}

/** The two lists in text order, as a stable sort of their concatenation would give; a merge when both are in order already. */
function mergeByPosition(a: Mention[], b: Mention[]): Mention[] {
  if (!isSorted(a) || !isSorted(b)) return [...a, ...b].sort(byPosition);
  const out: Mention[] = new Array(a.length + b.length);
  let i = 0, j = 0, k = 0;
  while (i < a.length && j < b.length) out[k++] = byPosition(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

export interface EntityStageInput {
  /** The dateline's place, if any, says whose bodies the home names are ("Congress" in Washington). */
  document: Pick<SourceDocument, 'date' | 'place'>;
  text: TextDoc;
  skip: Array<[number, number]>;
}

export function analyzeEntities(input: EntityStageInput, catalog: CatalogView): EntityAnalysis {
  const gazetteer = gazetteerFor(catalog);
  const lexicon = linkingLexicon();
  const date = input.document.date;
  const recognized = recognizeMentions(input.text, { gazetteer, lexicon, date, skip: input.skip });
  const { unknown } = recognized;
  const place = input.document.place;
  const home = homeNameMentions(input.text, recognized.mentions, gazetteer, place ? stateOfPlace(gazetteer, place) : null, input.skip);
  const mentions = home.length ? mergeByPosition(recognized.mentions, home) : recognized.mentions;
  // (before coreference, so that pronouns and "the government" after the seat's name follow it)
  seatMetonyms(mentions, lexicon, gazetteer, date);
  leadersGovernments(mentions, input.text.tokens, gazetteer, date);
  const extra = resolveCoreference(input.text, mentions, { gazetteer, lexicon, date, unknown, skip: input.skip });
  const all = mergeByPosition(mentions, extra);
  resolveStandingForces(all, gazetteer);
  const entities = new Map<string, EntityInfo>();
  for (const m of all) {
    if (entities.has(m.id)) continue;
    const e = gazetteer.entries.get(m.id);
    if (e) {
      entities.set(m.id, linkedInfo(e));
    } else {
      const u = unknown.get(m.id);
      if (u) entities.set(m.id, u);
    }
  }
  return { mentions: all.filter((m) => entities.has(m.id)), entities };
}

/**
 * "Washington, Brussels slap sanctions": in a story about the EU, its seat's name is the EU; and in
 * a 1999 story about Yugoslavia, Belgrade is Yugoslavia (a seat with `until` only up to that date);
 * a seat with no context stands for its state in every story up to that date (Moscow before 1992).
 */
function seatMetonyms(mentions: Mention[], lexicon: LinkingLexicon, gazetteer: Gazetteer, date: string | null): void {
  if (lexicon.seatMetonyms.length === 0) return;
  let inDoc: Set<string> | undefined;
  for (const seat of lexicon.seatMetonyms) {
    if (seat.until && date && date > seat.until) continue;
    inDoc ??= new Set(mentions.map((m) => m.id));
    if (!gazetteer.entries.has(seat.id) || (seat.context.size > 0 && ![...seat.context].some((id) => inDoc!.has(id)))) continue;
    for (const m of mentions) if (m.id === seat.capital && m.kind === 'capital') m.id = seat.id;
  }
}

const SURFACE_KINDS = new Set(['name', 'capital', 'metonym', 'demonym', 'adjective', 'force', 'contextual', 'unknown']);

/** The contract's entity records: every entity with its mentions and surface forms. */
export function contractEntities(analysis: EntityAnalysis, text: string): Entity[] {
  const out = new Map<string, Entity>();
  for (const m of analysis.mentions) {
    const info = analysis.entities.get(m.id)!;
    let e = out.get(m.id);
    if (!e) {
      e = { id: info.id, label: info.label, type: info.type, linked: info.linked, aliases: [...info.aliases], mentions: [] };
      // people's roles, and the state a domestic group belongs to ("Iraqi Kurds": Group of IRQ)
      if ((info.type === 'person' || !info.linked) && info.roles.length) e.roles = info.roles;
      out.set(m.id, e);
    }
    const surface = text.slice(m.start, m.end);
    e.mentions.push({ start: m.start, end: m.end, text: surface });
    // (a linear search: alias lists are short, and a set per entity per document cost more than it saved)
    if (SURFACE_KINDS.has(m.kind) && !e.aliases.includes(surface)) e.aliases.push(surface);
  }
  return [...out.values()];
}
