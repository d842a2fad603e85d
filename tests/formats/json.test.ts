import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJson } from '../../src/formats/json.js';
import { graphFromSerialized, readGraphFile, writeGraphFile } from '../../src/graph/io.js';
import type { SerializedGeoGraph } from '../../src/graph/types.js';
import { SMALL_FIXTURE, loadSmallGraph } from './helpers.js';

const graph = loadSmallGraph();
const dir = mkdtempSync(join(tmpdir(), 'geokg-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('JSON export', () => {
  it('is byte for byte what the build writes to graph.json', () => {
    const file = join(dir, 'graph.json');
    writeGraphFile(graph, file);
    expect(writeJson(graph)).toBe(readFileSync(file, 'utf8'));
  });

  it('imports back into graphology with the same nodes, edges and attributes', () => {
    const back = graphFromSerialized(JSON.parse(writeJson(graph)) as SerializedGeoGraph);
    expect(back.export()).toEqual(graph.export());
    expect(back.order).toBe(9);
    expect(back.size).toBe(16);
    expect(back.isUndirected('KOR|alliance|USA|asserted')).toBe(true);
    expect(back.isDirected('USA|support|KOR|hypothetical')).toBe(true);
  });

  it('keeps hostile strings exactly, control characters and lone surrogates included', () => {
    const back = graphFromSerialized(JSON.parse(writeJson(graph)) as SerializedGeoGraph);
    const fixture = JSON.parse(readFileSync(SMALL_FIXTURE, 'utf8')) as SerializedGeoGraph;
    const hostile = fixture.nodes.find((n) => n.key === 'script-alert-1')!;
    expect(back.getNodeAttribute('script-alert-1', 'label')).toBe(hostile.attributes!.label);
    expect(back.getNodeAttribute('script-alert-1', 'label')).toContain('\u0007');
    const sentence = back.getEdgeAttribute('script-alert-1|criticism|USA|asserted', 'evidence')[0].sentence;
    expect(sentence).toContain('\u0000');
    expect(sentence).toContain('\ud800');
  });

  it('is read by readGraphFile', () => {
    const file = join(dir, 'export.json');
    writeFileSync(file, writeJson(graph));
    expect(readGraphFile(file).export()).toEqual(graph.export());
  });
});
