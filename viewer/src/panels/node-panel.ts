/**
 * Details of a node: type, aliases, roles, metrics, and its relations grouped by type with
 * counts, each with its best evidence. Hidden (filtered-out) relations are listed too, marked.
 */
import type { GeoGraph } from '../../../src/graph/types.js';
import type { RelationType } from '../../../src/model.js';
import { ENTITY_COLORS, ENTITY_LABELS, MODALITY_LABELS, RELATION_STYLES } from '../settings.js';
import { button, h, swatch } from './dom.js';
import { evidenceItem } from './evidence.js';

export interface DetailActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  isEdgeVisible(edge: string): boolean;
}

/** Relations listed per type before a "show more" button: a hub's hundreds would stall the page's layout. */
const SHOWN_PER_GROUP = 25;

const fmt = (n: number, digits = 3) => (Number.isInteger(n) ? String(n) : n.toFixed(digits));

function metricRow(name: string, value: string): HTMLElement {
  return h('tr', {}, h('th', {}, name), h('td', {}, value));
}

export function nodePanel(graph: GeoGraph, node: string, actions: DetailActions): HTMLElement {
  const a = graph.getNodeAttributes(node);
  const panel = h('div', { class: 'details node-details', 'data-testid': 'node-panel' });
  panel.append(
    h('div', { class: 'details-kicker' }, swatch(ENTITY_COLORS[a.entityType]), ENTITY_LABELS[a.entityType], a.linked ? null : h('span', { class: 'tag' }, 'unlinked')),
    h('h2', { class: 'details-title', 'data-testid': 'node-title' }, a.label),
    h('div', { class: 'details-id' }, node),
  );
  const aliases = a.aliases.filter((x) => x !== a.label);
  if (aliases.length) {
    const chips = h('div', { class: 'chips' });
    aliases.forEach((alias) => chips.appendChild(h('span', { class: 'chip' }, alias)));
    panel.append(h('h3', {}, 'Aliases'), chips);
  }
  if (a.roles.length) {
    const roles = h('ul', { class: 'roles' });
    for (const role of a.roles) {
      const of = role.of && graph.hasNode(role.of) ? graph.getNodeAttribute(role.of, 'label') : role.of;
      const span = role.from || role.to ? ` (${role.from ?? '…'}–${role.to ?? '…'})` : '';
      roles.appendChild(h('li', {}, `${role.title}${of ? ` of ${of}` : ''}${span}`));
    }
    panel.append(h('h3', {}, 'Roles'), roles);
  }
  panel.append(
    h('h3', {}, 'Metrics'),
    h('table', { class: 'metrics' }, h('tbody', {},
      metricRow('Degree', fmt(a.degree)),
      metricRow('Weighted degree', fmt(a.weightedDegree)),
      metricRow('PageRank', fmt(a.pagerank, 4)),
      metricRow('Betweenness', fmt(a.betweenness, 4)),
      metricRow('Community', String(a.community)),
      metricRow('Mentions', fmt(a.mentions)),
      metricRow('Documents', String(a.documents.length)),
      metricRow('First seen', a.firstSeen ?? '—'),
      metricRow('Last seen', a.lastSeen ?? '—'),
    )),
  );

  const groups = new Map<RelationType, string[]>();
  graph.forEachEdge(node, (edge, e) => {
    const list = groups.get(e.relation);
    if (list) list.push(edge);
    else groups.set(e.relation, [edge]);
  });
  const relations = h('div', { class: 'relations', 'data-testid': 'relations' });
  const ordered = [...groups.entries()].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]));
  for (const [relation, edges] of ordered) {
    const style = RELATION_STYLES[relation];
    const group = h('details', { class: 'relation-group', 'data-testid': `relation-group-${relation}` });
    group.open = true;
    group.appendChild(h('summary', {}, swatch(style.color, 'line'), h('span', { class: 'group-name' }, style.label), h('span', { class: 'count' }, String(edges.length))));
    edges.sort((x, y) => graph.getEdgeAttribute(y, 'weight') - graph.getEdgeAttribute(x, 'weight'));
    const relationItem = (edge: string): HTMLElement => {
      const e = graph.getEdgeAttributes(edge);
      const source = graph.source(edge);
      const other = graph.opposite(node, edge);
      const arrow = !e.directed ? '—' : source === node ? '→' : '←';
      const otherLink = h('button', { type: 'button', class: 'link', 'data-node': other }, graph.getNodeAttribute(other, 'label'));
      otherLink.addEventListener('click', (event) => { event.stopPropagation(); actions.selectNode(other); });
      const item = h('div', { class: `relation-item${actions.isEdgeVisible(edge) ? '' : ' filtered-out'}`, 'data-edge': edge, tabindex: '0', title: 'Show this relation' },
        h('div', { class: 'relation-line' },
          h('span', { class: 'arrow' }, arrow), otherLink,
          e.modality !== 'asserted' ? h('span', { class: `tag tag-${e.modality}` }, MODALITY_LABELS[e.modality]) : null,
          h('span', { class: 'weight', title: 'evidence sentences' }, `×${e.weight}`),
        ),
        e.evidence[0] ? evidenceItem(e.evidence[0]) : null,
      );
      item.addEventListener('click', () => actions.selectEdge(edge));
      item.addEventListener('keydown', (event) => { if (event.key === 'Enter') actions.selectEdge(edge); });
      return item;
    };
    edges.slice(0, SHOWN_PER_GROUP).forEach((edge) => group.appendChild(relationItem(edge)));
    if (edges.length > SHOWN_PER_GROUP) {
      const more = button(`Show ${edges.length - SHOWN_PER_GROUP} more`, () => {
        edges.slice(SHOWN_PER_GROUP).forEach((edge) => group.insertBefore(relationItem(edge), more));
        more.remove();
      }, { class: 'secondary show-more', 'data-testid': `show-more-${relation}` });
      group.appendChild(more);
    }
    relations.appendChild(group);
  }
  panel.append(h('h3', {}, `Relations (${graph.degree(node)})`), relations);
  return panel;
}
