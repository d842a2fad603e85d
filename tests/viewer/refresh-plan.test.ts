import { describe, expect, it } from 'vitest';
import { planRefresh } from '../../viewer/src/render/refresh-plan.js';
import type { ViewSnapshot } from '../../viewer/src/render/refresh-plan.js';

function view(nodes: string[], edges: string[], extra: Partial<ViewSnapshot> = {}): ViewSnapshot {
  return { visibility: { nodes: new Set(nodes), edges: new Set(edges) }, colorBy: 'entityType', focus: null, path: null, selectedNode: null, selectedEdge: null, ...extra };
}

const NODES = ['a', 'b', 'c', 'd'];
const EDGES = ['ab', 'bc', 'cd', 'da', 'ac', 'bd'];
const TOTAL = 1000;

describe('planRefresh', () => {
  it('redraws everything the first time and when the colour mode changes', () => {
    expect(planRefresh(null, view(NODES, EDGES), TOTAL)).toEqual({ kind: 'full' });
    expect(planRefresh(view(NODES, EDGES), view(NODES, EDGES, { colorBy: 'community' }), TOTAL)).toEqual({ kind: 'full' });
  });

  it('does nothing when nothing changed, even with a selection', () => {
    const focus = { nodes: new Set(['a', 'b']), edges: new Set(['ab']) };
    expect(planRefresh(view(NODES, EDGES), view(NODES, EDGES), TOTAL)).toEqual({ kind: 'none' });
    expect(planRefresh(view(NODES, EDGES, { selectedNode: 'a', focus }), view(NODES, EDGES, { selectedNode: 'a', focus: { nodes: new Set(['b', 'a']), edges: new Set(['ab']) } }), TOTAL)).toEqual({ kind: 'none' });
  });

  it('patches in place the edges a relation filter hides or shows', () => {
    const plan = planRefresh(view(NODES, EDGES), view(NODES, ['ab', 'cd', 'da', 'ac']), TOTAL);
    expect(plan).toEqual({ kind: 'partial', nodes: [], edges: ['bc', 'bd'], skipIndexation: true, labelsStale: false });
  });

  it('marks labels stale when nodes appear or disappear', () => {
    const plan = planRefresh(view(NODES, EDGES), view(['a', 'b', 'c'], ['ab', 'bc', 'ac']), TOTAL);
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
    expect(planRefresh(view(NODES, EDGES), view(NODES, EDGES, { focus: focusA, selectedNode: 'a' }), TOTAL)).toEqual({ kind: 'full' });
    expect(planRefresh(view(NODES, EDGES, { focus: focusA, selectedNode: 'a' }), view(NODES, EDGES), TOTAL)).toEqual({ kind: 'full' });
    const moved = planRefresh(view(NODES, EDGES, { focus: focusA, selectedNode: 'a' }), view(NODES, EDGES, { focus: focusB, selectedNode: 'b' }), TOTAL);
    expect(moved.kind).toBe('partial');
    if (moved.kind !== 'partial') return;
    expect(moved.skipIndexation).toBe(false);
    expect(new Set(moved.edges)).toEqual(new Set(['ab', 'da', 'ac', 'bc', 'bd']));
  });

  it('does not patch in place an emphasised edge that changes visibility', () => {
    const path = { nodes: new Set(['a', 'b']), edges: new Set(['ab']) };
    const plan = planRefresh(view(NODES, EDGES, { path }), view(NODES, ['bc', 'cd'], { path }), TOTAL);
    expect(plan.kind).toBe('partial');
    if (plan.kind === 'partial') expect(plan.skipIndexation).toBe(false);
  });

  it('falls back to a full refresh when most items change', () => {
    expect(planRefresh(view(NODES, EDGES), view([], []), NODES.length + EDGES.length)).toEqual({ kind: 'full' });
  });
});
