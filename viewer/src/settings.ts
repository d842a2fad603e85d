/**
 * Viewer defaults, their validation, and the sigma settings derived from them.
 * Entity and relation colours and the node size range come from data/style.json, the same
 * file the build writes into graph.json and GEXF, so the viewer and the exports agree; the
 * relation table itself comes from data/relation-types.json.
 */
import type { Settings } from 'sigma/settings';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '../../src/model.js';
import type { EntityType, Modality, RelationType } from '../../src/model.js';
import relationTable from '../../data/relation-types.json' with { type: 'json' };
import graphStyle from '../../data/style.json' with { type: 'json' };

export type ColorMode = 'entityType' | 'community';

export interface ViewerSettings {
  minNodeSize: number;
  maxNodeSize: number;
  minEdgeSize: number;
  maxEdgeSize: number;
  /** Curvature of the first parallel edge; later ones bend further. */
  edgeCurvature: number;
  labelDensity: number;
  labelGridCellSize: number;
  labelRenderedSizeThreshold: number;
  /** Edges of these modalities are drawn faded, never as facts. */
  fadedAlpha: number;
  hoverDimColor: string;
  background: string;
  /** Above this many edges, edges are not clickable on the canvas and hide while panning. */
  edgeEventsMaxEdges: number;
  /**
   * From this many edges on, the overview is drawn with sigma's cheapest programs (1-pixel
   * GL lines, point nodes) and only the emphasised neighbourhood or path gets arrows, curves
   * and thickness; hovering shows the label without re-drawing the graph. Without a GPU
   * (software WebGL) the detailed programs cost seconds per frame at 50k edges.
   */
  fastRenderMinEdges: number;
  /** Emphasised neighbourhoods or paths up to this many nodes show every label. */
  maxForcedLabels: number;
}

export const DEFAULT_SETTINGS: ViewerSettings = {
  minNodeSize: graphStyle.nodeSize.min,
  maxNodeSize: graphStyle.nodeSize.max,
  // the build's thinnest edges (half a pixel) break up into dots in WebGL, so edges keep their own range
  minEdgeSize: 0.8,
  maxEdgeSize: 5,
  edgeCurvature: 0.22,
  labelDensity: 0.35,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 7,
  fadedAlpha: 0.35,
  hoverDimColor: '#e3e6ea',
  background: '#ffffff',
  edgeEventsMaxEdges: 20_000,
  fastRenderMinEdges: 10_000,
  maxForcedLabels: 40,
};

export function validateSettings(input: Partial<ViewerSettings>): ViewerSettings {
  const merged: ViewerSettings = { ...DEFAULT_SETTINGS, ...input };
  const positive: (keyof ViewerSettings)[] = ['minNodeSize', 'maxNodeSize', 'minEdgeSize', 'maxEdgeSize', 'labelGridCellSize', 'edgeEventsMaxEdges', 'fastRenderMinEdges', 'maxForcedLabels'];
  for (const key of positive) {
    const value = merged[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new Error(`geokg/viewer-settings: ${key} must be a positive number, got ${JSON.stringify(value)}`);
    }
  }
  if (merged.minNodeSize > merged.maxNodeSize) {
    throw new Error(`geokg/viewer-settings: minNodeSize ${merged.minNodeSize} exceeds maxNodeSize ${merged.maxNodeSize}`);
  }
  for (const key of ['labelDensity', 'fadedAlpha', 'edgeCurvature'] as const) {
    const value = merged[key];
    if (!Number.isFinite(value) || value < 0 || value > 1) {
      throw new Error(`geokg/viewer-settings: ${key} must be in [0, 1], got ${JSON.stringify(value)}`);
    }
  }
  return merged;
}

export interface RelationStyle {
  label: string;
  directed: boolean;
  polarity: string;
  color: string;
}

/** The build's palette, read from the same file (validated by the build's own style parser). */
const RELATION_COLORS = graphStyle.relationTypes as Record<RelationType, string>;

export const RELATION_STYLES: Record<RelationType, RelationStyle> = Object.fromEntries(
  RELATION_TYPES.map((type) => {
    const info = (relationTable as Record<string, { directed: boolean; polarity: string; label: string }>)[type];
    return [type, { label: info.label, directed: info.directed, polarity: info.polarity, color: RELATION_COLORS[type] }];
  }),
) as Record<RelationType, RelationStyle>;

export const ENTITY_COLORS = graphStyle.entityTypes as Record<EntityType, string>;

export const ENTITY_LABELS: Record<EntityType, string> = {
  country: 'Country',
  person: 'Person',
  organization: 'Organization',
  military: 'Armed force',
  region: 'Region',
};

export const MODALITY_LABELS: Record<Modality, string> = {
  asserted: 'Asserted',
  hypothetical: 'Hypothetical',
  negated: 'Negated',
};

/** A qualitative palette for Louvain communities; larger ids reuse it. */
export const COMMUNITY_COLORS = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02',
];

export function communityColor(community: number): string {
  const index = Number.isInteger(community) && community >= 0 ? community % COMMUNITY_COLORS.length : 0;
  return COMMUNITY_COLORS[index];
}

export { ENTITY_TYPES, MODALITIES, RELATION_TYPES };

/** Sigma options that do not depend on app state (reducers are attached by the app). */
export function sigmaBaseSettings(settings: ViewerSettings): Partial<Settings> {
  return {
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    defaultEdgeType: 'straight',
    labelDensity: settings.labelDensity,
    labelGridCellSize: settings.labelGridCellSize,
    labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
    labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1d2430' },
    zIndex: true,
    hideEdgesOnMove: false,
    minEdgeThickness: 0.8,
    stagePadding: 40,
  };
}
