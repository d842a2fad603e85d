/** Exports of the current view: a PNG of the canvas, and a GEXF of what the filters let through. */
import { MultiGraph } from 'graphology';
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { writeGexf } from '../../src/formats/gexf.js';
import type { EdgeAttributes, GeoGraph, GraphAttributes, NodeAttributes } from '../../src/graph/types.js';
import type { RenderGraph } from './render/render-graph.js';
import type { Visibility } from './render/visibility.js';
import type { ColorMode } from './settings.js';

export function fileStem(name: string): string {
  return (name.replace(/\.[a-z]+$/i, '').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'graph').slice(0, 80);
}

/** A new data graph holding the visible part, with the current layout, sizes and colours. */
export function visibleSubgraph(data: GeoGraph, render: RenderGraph, visibility: Visibility, colorBy: ColorMode): GeoGraph {
  const out: GeoGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  out.replaceAttributes({ ...data.getAttributes() });
  for (const node of visibility.nodes) {
    const r = render.getNodeAttributes(node);
    out.addNode(node, { ...data.getNodeAttributes(node), x: r.x, y: r.y, size: r.size, color: colorBy === 'community' ? r.communityColor : r.typeColor });
  }
  for (const edge of visibility.edges) {
    const attrs = { ...data.getEdgeAttributes(edge), color: render.getEdgeAttribute(edge, 'color'), size: render.getEdgeAttribute(edge, 'size') };
    if (data.isUndirected(edge)) out.addUndirectedEdgeWithKey(edge, data.source(edge), data.target(edge), attrs);
    else out.addDirectedEdgeWithKey(edge, data.source(edge), data.target(edge), attrs);
  }
  return out;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportGexf(data: GeoGraph, render: RenderGraph, visibility: Visibility, colorBy: ColorMode, name: string): void {
  const gexf = writeGexf(visibleSubgraph(data, render, visibility, colorBy), { version: '1.3' });
  download(new Blob([gexf], { type: 'application/gexf+xml' }), `${fileStem(name)}-view.gexf`);
}

export async function exportPng(sigma: Sigma, name: string, background: string): Promise<void> {
  await downloadAsPNG(sigma, { fileName: `${fileStem(name)}-view`, backgroundColor: background });
}
