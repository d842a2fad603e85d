import { describe, expect, it } from 'vitest';
import { emphasisTarget, planRefresh } from '../../viewer/src/render/refresh-plan.js';
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

  it('stays partial when most items change', () => {
    const plan = planRefresh(view(NODES, EDGES), view([], []));
    expect(plan.kind === 'partial' && plan.nodes.length === NODES.length && plan.edges.length === EDGES.length && plan.skipIndexation).toBe(true);
  });

  describe('in fast mode (global fade, per-item emphasis flag)', () => {
    const focusA = { nodes: new Set(['a', 'b']), edges: new Set(['ab']) };
    const focusC = { nodes: new Set(['c', 'd']), edges: new Set(['cd']) };

    it('lights new emphasis in place, touching only the emphasised items', () => {
      const plan = planRefresh(view(NODES, EDGES), view(NODES, EDGES, { focus: focusA, selectedNode: 'a' }), true);
      expect(plan).toEqual({ kind: 'partial', nodes: ['a', 'b'], edges: ['ab'], skipIndexation: true, labelsStale: false });
      const moved = planRefresh(view(NODES, EDGES, { focus: focusA, selectedNode: 'a' }), view(NODES, EDGES, { focus: focusC, selectedNode: 'c' }), true);
      expect(moved.kind === 'partial' && moved.skipIndexation).toBe(true);
      if (moved.kind === 'partial') expect(new Set(moved.nodes)).toEqual(new Set(['a', 'b', 'c', 'd']));
    });

    it('re-indexes when emphasised items move to or from the detailed programs', () => {
      const lit = view(NODES, EDGES, { focus: focusA, selectedNode: 'a' });
      const upgraded = view(NODES, EDGES, { focus: focusA, selectedNode: 'a', upgraded: { nodes: new Set(['a', 'b']), edges: new Set(['ab']) } });
      const up = planRefresh(lit, upgraded, true);
      expect(up).toEqual({ kind: 'partial', nodes: ['a', 'b'], edges: ['ab'], skipIndexation: false, labelsStale: false });
      const cleared = planRefresh(upgraded, view(NODES, EDGES), true);
      expect(cleared.kind === 'partial' && !cleared.skipIndexation).toBe(true);
    });

    it('re-indexes when an item drawn in detail hides, and patches in place one that is only lit', () => {
      const upgraded = { nodes: new Set(['a', 'b']), edges: new Set(['ab']) };
      const hideUpgraded = planRefresh(view(NODES, EDGES, { focus: focusA, upgraded }), view(NODES, ['bc', 'cd'], { focus: focusA, upgraded }), true);
      expect(hideUpgraded.kind === 'partial' && !hideUpgraded.skipIndexation).toBe(true);
      const hideLit = planRefresh(view(NODES, EDGES, { focus: focusA }), view(NODES, ['bc', 'cd'], { focus: focusA }), true);
      expect(hideLit.kind === 'partial' && hideLit.skipIndexation).toBe(true);
    });
  });
});

describe('emphasisTarget', () => {
  it('is the path or focus plus the selection, and nothing without either', () => {
    const base = { focus: null, path: null, selectedNode: null, selectedEdge: null };
    expect(emphasisTarget(base)).toBeNull();
    const focus = { nodes: new Set(['a', 'b']), edges: new Set(['ab']) };
    const path = { nodes: new Set(['c', 'd']), edges: new Set(['cd']) };
    expect(emphasisTarget({ ...base, focus, path, selectedNode: 'a' })).toEqual({ nodes: new Set(['c', 'd', 'a']), edges: new Set(['cd']) });
    expect(emphasisTarget({ ...base, selectedEdge: 'bc' })).toEqual({ nodes: new Set(), edges: new Set(['bc']) });
  });
});
