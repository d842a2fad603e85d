/**
 * App state and its URL form, so that a view can be shared and a reload restores it.
 * The state lives in the URL hash (never sent to the server); only non-default values are written.
 */
import type { EntityType, Modality, RelationType } from '../../src/model.js';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '../../src/model.js';
import type { ColorMode } from './settings.js';

export interface PathQuery {
  from: string | null;
  to: string | null;
  k: number;
  /** Relation types a path may use; empty means all. */
  types: Set<RelationType>;
  directed: boolean;
  allModalities: boolean;
}

export interface AppState {
  selectedNode: string | null;
  selectedEdge: string | null;
  relations: Set<RelationType>;
  entityTypes: Set<EntityType>;
  modalities: Set<Modality>;
  minWeight: number;
  /** ISO dates bounding the time window, inclusive; null = open. */
  dateFrom: string | null;
  dateTo: string | null;
  colorBy: ColorMode;
  path: PathQuery;
}

export function defaultState(): AppState {
  return {
    selectedNode: null,
    selectedEdge: null,
    relations: new Set(RELATION_TYPES),
    entityTypes: new Set(ENTITY_TYPES),
    modalities: new Set<Modality>(['asserted']),
    minWeight: 1,
    dateFrom: null,
    dateTo: null,
    colorBy: 'entityType',
    path: { from: null, to: null, k: 3, types: new Set(), directed: false, allModalities: false },
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseSet<T extends string>(value: string | null, allowed: readonly T[]): Set<T> | null {
  if (value === null) return null;
  if (value === '') return new Set();
  return new Set(value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v)));
}

function sameSet<T>(a: Set<T>, b: Set<T>): boolean {
  if (a.size !== b.size) return false;
  for (const v of a) if (!b.has(v)) return false;
  return true;
}

/** Unknown or malformed values fall back to the default: a shared link never breaks the page. */
export function stateFromHash(hash: string): AppState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = defaultState();
  state.selectedNode = params.get('node') || null;
  state.selectedEdge = params.get('edge') || null;
  state.relations = parseSet(params.get('rel'), RELATION_TYPES) ?? state.relations;
  state.entityTypes = parseSet(params.get('ent'), ENTITY_TYPES) ?? state.entityTypes;
  state.modalities = parseSet(params.get('mod'), MODALITIES) ?? state.modalities;
  const minWeight = Number(params.get('minw'));
  if (params.has('minw') && Number.isFinite(minWeight) && minWeight >= 0) state.minWeight = minWeight;
  const from = params.get('from');
  const to = params.get('to');
  if (from && ISO_DATE.test(from)) state.dateFrom = from;
  if (to && ISO_DATE.test(to)) state.dateTo = to;
  if (params.get('color') === 'community') state.colorBy = 'community';
  state.path.from = params.get('pa') || null;
  state.path.to = params.get('pb') || null;
  const k = Number(params.get('k'));
  if (params.has('k') && Number.isInteger(k) && k >= 1 && k <= 20) state.path.k = k;
  state.path.types = parseSet(params.get('pt'), RELATION_TYPES) ?? state.path.types;
  state.path.directed = params.get('pdir') === '1';
  state.path.allModalities = params.get('pmod') === 'all';
  return state;
}

export function stateToHash(state: AppState): string {
  const defaults = defaultState();
  const params = new URLSearchParams();
  if (state.selectedNode) params.set('node', state.selectedNode);
  if (state.selectedEdge) params.set('edge', state.selectedEdge);
  if (!sameSet(state.relations, defaults.relations)) params.set('rel', [...state.relations].join(','));
  if (!sameSet(state.entityTypes, defaults.entityTypes)) params.set('ent', [...state.entityTypes].join(','));
  if (!sameSet(state.modalities, defaults.modalities)) params.set('mod', [...state.modalities].join(','));
  if (state.minWeight !== defaults.minWeight) params.set('minw', String(state.minWeight));
  if (state.dateFrom) params.set('from', state.dateFrom);
  if (state.dateTo) params.set('to', state.dateTo);
  if (state.colorBy !== defaults.colorBy) params.set('color', state.colorBy);
  if (state.path.from) params.set('pa', state.path.from);
  if (state.path.to) params.set('pb', state.path.to);
  if (state.path.from || state.path.to) {
    if (state.path.k !== defaults.path.k) params.set('k', String(state.path.k));
    if (state.path.types.size > 0) params.set('pt', [...state.path.types].join(','));
    if (state.path.directed) params.set('pdir', '1');
    if (state.path.allModalities) params.set('pmod', 'all');
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
