import { describe, expect, it } from 'vitest';
import { planRefresh } from '../../viewer/src/render/refresh-plan.js';
import type { ViewSnapshot } from '../../viewer/src/render/refresh-plan.js';

function view(nodes: string[], edges: string[], extra: Partial<ViewSnapshot> = {}): ViewSnapshot {
  return { visibility: { nodes: new Set(nodes), edges: new Set(edges) }, colorBy: 'entityType', focus: null, path: null, selectedNode: null, selectedEdge: null, ...extra };
}

const NODES = ['a', 'b', 'c', 'd'];
const EDGES = ['ab', 'bc', 'cd', 'da', 'ac', 'bd'];

describe('planRefresh', () => {
  it('redraws everything the first time and when the colour mode changes', () => {
    expect(planRefresh(null, view(NODES, EDGES))).toEqual({ kind: 'full' });
    expect(planRefresh(view(NODES, EDGES), view(NODES, EDGES, { colorBy: 'community' }))).toEqual({ kind: 'full' });
  });

  it('does nothing when nothing changed, even with a selection', () => {
    const focus = { nodes: new Set(['a', 'b']), edges: new Set(['ab']) };
    expect(planRefresh(view(NODES, EDGES), view(NODES, EDGES))).toEqual({ kind: 'none' });
    expect(planRefresh(view(NODES, EDGES, { selectedNode: 'a', focus }), view(NODES, EDGES, { selectedNode: 'a', focus: { nodes: new Set(['b', 'a']), edges: new Set(['ab']) } }))).toEqual({ kind: 'none' });
  });

  it('patches in place the edges a relation filter hides or shows', () => {
    const plan = planRefresh(view(NODES, EDGES), view(NODES, ['ab', 'cd', 'da', 'ac']));
    expect(plan).toEqual({ kind: 'partial', nodes: [], edges: ['bc', 'bd'], skipIndexation: true, labelsStale: false });
  });

  it('marks labels stale when nodes appear or disappear', () => {
    const plan = planRefresh(view(NODES, EDGES), view(['a', 'b', 'c'], ['ab', 'bc', 'ac']));
    expect(plan.kind).toBe('partial');
    if (plan.kind !== 'partial') return;
    expect(plan.nodes).toEqual(['d']);
    expect(plan.edges.sort()).toEqual(['bd', 'cd', 'da']);
    expect(plan.skipIndexation).toBe(true);
    expect(plan.labelsStale).toBe(true);
  });

  it('restyles everything when emphasis appears or goes, and re-indexes when it moves', () => {
    const focusA = { nodes: new Set(['a', 'b', 'd', 'c']), edges: new Set(['ab', 'da', 'ac']) };
    const focusB = { nodes: new Set(['b', 'a', 'c', 'd']), edges: new Set(['ab', 'bc', 'bd']) };
    expect(planRefresh(view(NODES, EDGES), view(NODES, EDGES, { focus: focusA, selectedNode: 'a' }))).toEqual({ kind: 'full' });
    expect(planRefresh(view(NODES, EDGES, { focus: focusA, selectedNode: 'a' }), view(NODES, EDGES))).toEqual({ kind: 'full' });
    const moved = planRefresh(view(NODES, EDGES, { focus: focusA, selectedNode: 'a' }), view(NODES, EDGES, { focus: focusB, selectedNode: 'b' }));
    expect(moved.kind).toBe('partial');
    if (moved.kind !== 'partial') return;
    expect(moved.skipIndexation).toBe(false);
    expect(new Set(moved.edges)).toEqual(new Set(['ab', 'da', 'ac', 'bc', 'bd']));
  });

  it('does not patch in place an emphasised edge that changes visibility', () => {
    const path = { nodes: new Set(['a', 'b']), edges: new Set(['ab']) };
    const plan = planRefresh(view(NODES, EDGES, { path }), view(NODES, ['bc', 'cd'], { path }));
    expect(plan.kind).toBe('partial');
    if (plan.kind === 'partial') expect(plan.skipIndexation).toBe(false);
  });

  it('stays partial when most items change, and with a global fade when emphasis appears', () => {
    const plan = planRefresh(view(NODES, EDGES), view([], []));
    expect(plan.kind === 'partial' && plan.nodes.length === NODES.length && plan.edges.length === EDGES.length && plan.skipIndexation).toBe(true);
    const focus = { nodes: new Set(['a', 'b']), edges: new Set(['ab']) };
    const faded = planRefresh(view(NODES, EDGES), view(NODES, EDGES, { focus, selectedNode: 'a' }), true);
    expect(faded).toEqual({ kind: 'partial', nodes: ['a', 'b'], edges: ['ab'], skipIndexation: false, labelsStale: false });
  });
});
