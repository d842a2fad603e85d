/**
 * Display and filter controls. The legends double as toggles: each relation type and
 * entity type has its colour, its count and a checkbox. Modality defaults to asserted only.
 */
import type { GeoGraph } from '../../../src/graph/types.js';
import type { EntityType, Modality, RelationType } from '../../../src/model.js';
import { COMMUNITY_COLORS, ENTITY_COLORS, ENTITY_LABELS, ENTITY_TYPES, MODALITIES, MODALITY_LABELS, RELATION_STYLES, RELATION_TYPES } from '../settings.js';
import type { AppState } from '../state.js';
import { defaultState } from '../state.js';
import { dateExtent } from '../render/visibility.js';
import { button, h, swatch } from './dom.js';

const DAY = 86_400_000;
const toDay = (iso: string) => Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7) || '1') - 1, Number(iso.slice(8, 10) || '1')) / DAY);
const fromDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

function toggleList<T extends string>(name: string, items: readonly T[], selected: Set<T>, label: (item: T) => string, marker: (item: T) => HTMLElement, count: (item: T) => number, onChange: (rebuild: boolean) => void): HTMLElement {
  const list = h('div', { class: 'toggle-list', 'data-testid': `toggles-${name}` });
  for (const item of items) {
    const n = count(item);
    const box = h('input', { type: 'checkbox', name, value: item, 'data-testid': `toggle-${name}-${item}` });
    box.checked = selected.has(item);
    box.addEventListener('change', () => {
      if (box.checked) selected.add(item);
      else selected.delete(item);
      onChange(false);
    });
    const row = h('label', { class: `toggle${n === 0 ? ' empty' : ''}` }, box, marker(item), h('span', { class: 'toggle-label' }, label(item)), h('span', { class: 'count' }, String(n)));
    // double-click isolates one item, as in most analyst tools
    row.addEventListener('dblclick', (event) => {
      event.preventDefault();
      selected.clear();
      selected.add(item);
      onChange(true);
    });
    list.appendChild(row);
  }
  return list;
}

export function displayControls(graph: GeoGraph, state: AppState, onChange: () => void): HTMLElement {
  const select = h('select', { name: 'color-by', 'data-testid': 'color-by' },
    h('option', { value: 'entityType' }, 'Entity type'),
    h('option', { value: 'community' }, 'Community (Louvain)'),
  );
  select.value = state.colorBy;
  select.addEventListener('change', () => {
    state.colorBy = select.value === 'community' ? 'community' : 'entityType';
    onChange();
  });
  const section = h('div', { class: 'section-body' }, h('label', { class: 'field' }, h('span', {}, 'Colour nodes by'), select));
  if (state.colorBy === 'community') {
    const sizes = new Map<number, number>();
    graph.forEachNode((_n, a) => sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1));
    const legend = h('div', { class: 'toggle-list' });
    [...sizes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).forEach(([community, size]) => {
      legend.appendChild(h('div', { class: 'toggle' }, swatch(COMMUNITY_COLORS[((community % COMMUNITY_COLORS.length) + COMMUNITY_COLORS.length) % COMMUNITY_COLORS.length]), h('span', { class: 'toggle-label' }, `Community ${community}`), h('span', { class: 'count' }, String(size))));
    });
    section.appendChild(legend);
  }
  return section;
}

/** `onChange(rebuild)`: rebuild is true when the controls must be redrawn to show the new state. */
export function filterControls(graph: GeoGraph, state: AppState, onChange: (rebuild: boolean) => void): HTMLElement {
  const relationCounts = new Map<RelationType, number>();
  const modalityCounts = new Map<Modality, number>();
  let maxWeight = 1;
  graph.forEachEdge((_e, a) => {
    relationCounts.set(a.relation, (relationCounts.get(a.relation) ?? 0) + 1);
    modalityCounts.set(a.modality, (modalityCounts.get(a.modality) ?? 0) + 1);
    if (a.weight > maxWeight) maxWeight = a.weight;
  });
  const typeCounts = new Map<EntityType, number>();
  graph.forEachNode((_n, a) => typeCounts.set(a.entityType, (typeCounts.get(a.entityType) ?? 0) + 1));

  const body = h('div', { class: 'section-body' });
  body.append(
    h('h3', {}, 'Relation types'),
    toggleList('relation', RELATION_TYPES, state.relations, (r) => RELATION_STYLES[r].label + (RELATION_STYLES[r].directed ? ' →' : ''), (r) => swatch(RELATION_STYLES[r].color, 'line'), (r) => relationCounts.get(r) ?? 0, onChange),
    h('h3', {}, 'Entity types'),
    toggleList('entity', ENTITY_TYPES, state.entityTypes, (t) => ENTITY_LABELS[t], (t) => swatch(state.colorBy === 'entityType' ? ENTITY_COLORS[t] : '#b0b5bd'), (t) => typeCounts.get(t) ?? 0, onChange),
    h('h3', {}, 'Modality'),
    toggleList('modality', MODALITIES, state.modalities, (m) => MODALITY_LABELS[m], (m) => h('span', { class: `modality-marker modality-${m}` }), (m) => modalityCounts.get(m) ?? 0, onChange),
  );

  const weight = h('input', { type: 'range', min: '1', max: String(Math.max(1, maxWeight)), step: '1', name: 'min-weight', 'data-testid': 'min-weight' });
  weight.value = String(state.minWeight);
  const weightValue = h('span', { class: 'value' }, String(state.minWeight));
  weight.addEventListener('input', () => { weightValue.textContent = weight.value; });
  weight.addEventListener('change', () => { state.minWeight = Number(weight.value); onChange(false); });
  body.append(h('label', { class: 'field' }, h('span', {}, 'Minimum evidence (weight) '), weightValue, weight));

  const extent = dateExtent(graph);
  if (extent) {
    const [minDay, maxDay] = [toDay(extent[0]), toDay(extent[1])];
    const from = h('input', { type: 'range', min: String(minDay), max: String(maxDay), step: '1', name: 'date-from', 'data-testid': 'date-from', 'aria-label': 'From date' });
    const to = h('input', { type: 'range', min: String(minDay), max: String(maxDay), step: '1', name: 'date-to', 'data-testid': 'date-to', 'aria-label': 'To date' });
    from.value = String(state.dateFrom ? toDay(state.dateFrom) : minDay);
    to.value = String(state.dateTo ? toDay(state.dateTo) : maxDay);
    const label = h('span', { class: 'value' });
    const show = () => { label.textContent = `${fromDay(Number(from.value))} → ${fromDay(Number(to.value))}`; };
    show();
    const commit = () => {
      if (Number(from.value) > Number(to.value)) [from.value, to.value] = [to.value, from.value];
      state.dateFrom = Number(from.value) > minDay ? fromDay(Number(from.value)) : null;
      state.dateTo = Number(to.value) < maxDay ? fromDay(Number(to.value)) : null;
      show();
      onChange(false);
    };
    for (const input of [from, to]) {
      input.addEventListener('input', show);
      input.addEventListener('change', commit);
    }
    body.append(h('div', { class: 'field date-range' }, h('span', {}, 'First/last seen '), label, h('div', { class: 'dual-range' }, from, to)));
  }
  body.append(button('Reset filters', () => {
    const d = defaultState();
    state.relations = d.relations;
    state.entityTypes = d.entityTypes;
    state.modalities = d.modalities;
    state.minWeight = d.minWeight;
    state.dateFrom = null;
    state.dateTo = null;
    onChange(true);
  }, { class: 'secondary', 'data-testid': 'reset-filters' }));
  return body;
}
