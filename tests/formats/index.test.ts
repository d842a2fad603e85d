import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, exportGraph } from '../../src/formats/index.js';
import { writeCsv } from '../../src/formats/csv.js';
import { writeGexf } from '../../src/formats/gexf.js';
import { loadSmallGraph } from './helpers.js';

const graph = loadSmallGraph();

describe('export format registry', () => {
  it('lists every format once, with its main file under its extension', () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual([...EXPORT_FORMAT_IDS]);
    for (const format of EXPORT_FORMATS) {
      const { files } = format.write(graph, {});
      expect(files[0].suffix).toBe(format.extension);
      expect(files.every((f) => f.content.length > 0)).toBe(true);
      expect(format.description).not.toBe('');
    }
  });

  it('passes the GEXF version through', () => {
    const { files } = exportGraph(graph, 'gexf', { gexfVersion: '1.2draft' });
    expect(files[0].content).toBe(writeGexf(graph, { version: '1.2draft' }));
    expect(exportGraph(graph, 'gexf').files[0].content).toContain('xmlns="http://gexf.net/1.3"');
  });

  it('writes CSV as an edge table and a node table', () => {
    const { files } = exportGraph(graph, 'csv');
    const { nodes, edges } = writeCsv(graph);
    expect(files).toEqual([{ suffix: '.csv', content: edges }, { suffix: '.nodes.csv', content: nodes }]);
  });

  it('rejects an unknown format by name', () => {
    expect(() => exportGraph(graph, 'dot')).toThrow('geokg/formats: unknown export format "dot" (expected gexf, graphml, json, csv, neo4j)');
  });
});
