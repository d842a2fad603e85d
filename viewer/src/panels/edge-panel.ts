/** Details of one relation: its ends, type, modality, strength, dates, attributes and all stored evidence. */
import type { GeoGraph } from '../../../src/graph/types.js';
import { MODALITY_LABELS, RELATION_STYLES } from '../settings.js';
import { h, swatch } from './dom.js';
import { evidenceList } from './evidence.js';
import type { DetailActions } from './node-panel.js';

export function edgePanel(graph: GeoGraph, edge: string, actions: DetailActions): HTMLElement {
  const e = graph.getEdgeAttributes(edge);
  const style = RELATION_STYLES[e.relation];
  const endpoint = (node: string) => {
    const b = h('button', { type: 'button', class: 'link', 'data-node': node }, graph.getNodeAttribute(node, 'label'));
    b.addEventListener('click', () => actions.selectNode(node));
    return b;
  };
  const source = graph.source(edge);
  const target = graph.target(edge);
  const rows: [string, string][] = [
    ['Modality', MODALITY_LABELS[e.modality]],
    ['Polarity', e.polarity],
    ['Weight', String(e.weight)],
    ['Confidence', e.confidence.toFixed(2)],
    ['CAMEO', e.cameo || '—'],
    ['First date', e.firstDate ?? '—'],
    ['Last date', e.lastDate ?? '—'],
    ['Documents', String(e.documents.length)],
  ];
  for (const [key, value] of Object.entries(e.attributes ?? {})) {
    if (value !== undefined) rows.push([key, String(value)]);
  }
  return h('div', { class: 'details edge-details', 'data-testid': 'edge-panel' },
    h('div', { class: 'details-kicker' }, swatch(style.color, 'line'), `${style.label} · ${style.directed ? 'directed' : 'undirected'}`),
    h('h2', { class: 'details-title edge-title' }, endpoint(source), h('span', { class: 'arrow' }, style.directed ? ' → ' : ' — '), endpoint(target)),
    e.modality !== 'asserted' ? h('p', { class: `tag tag-${e.modality}` }, `${MODALITY_LABELS[e.modality]}: not a fact of the graph`) : null,
    h('table', { class: 'metrics' }, h('tbody', {}, ...rows.map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, v))))),
    h('h3', {}, `Evidence (${e.evidence.length}${e.evidenceCount > e.evidence.length ? ` of ${e.evidenceCount}` : ''})`),
    evidenceList(e.evidence),
  );
}

export function emptyPanel(graph: GeoGraph): HTMLElement {
  const a = graph.getAttributes();
  return h('div', { class: 'details empty' },
    h('h2', { class: 'details-title' }, a.name || 'Graph'),
    h('p', { class: 'muted' }, `${graph.order} entities · ${graph.size} relations · ${a.documents.length} documents`),
    h('p', { class: 'muted' }, 'Search for an entity or click a node or an edge to see its relations and evidence.'),
  );
}
