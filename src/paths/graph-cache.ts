/**
 * Per-graph caches for the path finder (adjacency index, name index). Each cache slot is
 * built lazily, kept in a WeakMap keyed by the graph (so it dies with the graph) and
 * dropped when the graph emits one of the events that can make it stale. Layout updates
 * (node x/y) therefore do not throw away the path index, only the events a slot names.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** Structural changes: any of these invalidates every slot. */
export const STRUCTURE_EVENTS = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared'] as const;
export const EDGE_ATTRIBUTE_EVENTS = ['edgeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const;
export const NODE_ATTRIBUTE_EVENTS = ['nodeAttributesUpdated', 'eachNodeAttributesUpdated'] as const;

type GraphEventName = (typeof STRUCTURE_EVENTS)[number] | (typeof EDGE_ATTRIBUTE_EVENTS)[number] | (typeof NODE_ATTRIBUTE_EVENTS)[number];

interface Slot {
  value: unknown;
  staleOn: ReadonlySet<string>;
}

const slotsByGraph = new WeakMap<object, Map<string, Slot>>();

function slotsOf(graph: AnyGraph): Map<string, Slot> {
  let slots = slotsByGraph.get(graph);
  if (slots) return slots;
  const created = new Map<string, Slot>();
  slotsByGraph.set(graph, created);
  // One listener per event for the graph's lifetime; it only deletes slots, so it stays cheap.
  const events: GraphEventName[] = [...STRUCTURE_EVENTS, ...EDGE_ATTRIBUTE_EVENTS, ...NODE_ATTRIBUTE_EVENTS];
  for (const event of events) {
    graph.on(event, () => {
      for (const [name, slot] of created) if (slot.staleOn.has(event)) created.delete(name);
    });
  }
  slots = created;
  return slots;
}

/**
 * The value of cache slot `name` for `graph`, built by `build` when missing or stale.
 * `alsoStaleOn` lists attribute events that invalidate the slot besides structural changes.
 */
export function cachedForGraph<T>(
  graph: AbstractGraph<any, any, any>,
  name: string,
  alsoStaleOn: readonly GraphEventName[],
  build: () => T,
): T {
  const slots = slotsOf(graph as AnyGraph);
  const existing = slots.get(name);
  if (existing) return existing.value as T;
  const value = build();
  slots.set(name, { value, staleOn: new Set<string>([...STRUCTURE_EVENTS, ...alsoStaleOn]) });
  return value;
}
