/**
 * Shared by the format tests: the fixture graph, the official GEXF schemas from
 * ../shared, and independent readers (xmllint's RelaxNG validator, Python's networkx,
 * ElementTree and csv). A missing ../shared or networkx skips with a notice locally and
 * fails under CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';
import { readGraphFile } from '../../src/graph/io.js';
import type { GeoGraph } from '../../src/graph/types.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED_DIR = join(PROJECT_ROOT, '..', 'shared');
export const SMALL_FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'graphs', 'small.json');
// Debian's python3 carries python3-networkx; a pyenv `python3` on PATH may not.
export const PYTHON = '/usr/bin/python3';

export function loadSmallGraph(): GeoGraph {
  return readGraphFile(SMALL_FIXTURE);
}

/** True when the requirement is met; otherwise a visible notice, or an error under CI. */
function requirement(met: boolean, what: string): boolean {
  if (met) return true;
  if (process.env.CI) throw new Error(`${what} is required when CI is set`);
  console.warn(`NOTICE: skipping tests that need ${what}`);
  return false;
}

export function hasGexfSchemas(): boolean {
  return requirement(existsSync(join(SHARED_DIR, 'gexf-schema', '1.3', 'gexf.rng')), `the GEXF schemas in ${SHARED_DIR}/gexf-schema`);
}

export function hasNetworkx(): boolean {
  const probe = existsSync(PYTHON) ? spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' }) : null;
  return requirement(probe?.status === 0, `${PYTHON} with networkx (Debian: apt-get install python3-networkx)`);
}

export function hasPython(): boolean {
  return requirement(existsSync(PYTHON), PYTHON);
}

interface Schema {
  main: { fileName: string; contents: string };
  preload: { fileName: string; contents: string }[];
}

const schemaCache = new Map<string, Schema>();

/**
 * The 1.2draft gexf.rng includes viz.rng without a namespace, so it expects viz
 * elements in the GEXF namespace; its own gexf.rnc says `include "viz.rnc" inherit = viz`
 * and networkx and Gephi look for them in the viz namespace. The include gets the
 * namespace its .rnc source gives it (as the 1.3 gexf.rng already has).
 */
const VIZ_INCLUDE_NAMESPACE: Record<string, string> = { '1.2draft': 'http://www.gexf.net/1.2draft/viz' };

/** gexf.rng plus every file it includes, under the names it includes them by. */
function gexfSchema(version: '1.3' | '1.2draft'): Schema {
  let schema = schemaCache.get(version);
  if (!schema) {
    const dir = join(SHARED_DIR, 'gexf-schema', version);
    let contents = readFileSync(join(dir, 'gexf.rng'), 'utf8');
    const vizNamespace = VIZ_INCLUDE_NAMESPACE[version];
    if (vizNamespace) contents = contents.replace('<include href="viz.rng"/>', `<include href="viz.rng" ns="${vizNamespace}"/>`);
    const includes = [...contents.matchAll(/<include\s+href="([^"]+)"/g)].map((m) => m[1]);
    schema = {
      main: { fileName: 'gexf.rng', contents },
      preload: includes.map((fileName) => ({ fileName, contents: readFileSync(join(dir, fileName), 'utf8') })),
    };
    schemaCache.set(version, schema);
  }
  return schema;
}

export async function validateGexf(xml: string, version: '1.3' | '1.2draft'): Promise<XMLValidationResult> {
  const schema = gexfSchema(version);
  return validateXML({
    xml: { fileName: 'graph.gexf', contents: xml },
    schema: schema.main,
    preload: schema.preload,
    extension: 'relaxng',
  });
}

export function runPython<T>(script: string, input: string): T {
  const result = spawnSync(PYTHON, ['-c', script], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`python failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

export interface NxGraph {
  cls: string;
  directed: boolean;
  multi: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: { source: string; target: string; key: string; data: Record<string, unknown> }[];
}

const NX_DUMP = `
import io, json, sys
import networkx as nx
def dump(G):
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    return {'cls': type(G).__name__, 'directed': G.is_directed(), 'multi': G.is_multigraph(), 'graph': G.graph,
            'nodes': {str(n): d for n, d in G.nodes(data=True)},
            'edges': [{'source': u, 'target': v, 'key': k, 'data': d} for u, v, k, d in edges]}
def read(kind, text):
    data = io.BytesIO(text.encode('utf-8', 'surrogatepass'))
    return nx.read_gexf(data) if kind == 'gexf' else nx.read_graphml(data)
docs = json.loads(sys.stdin.read())
print(json.dumps([dump(read(d['kind'], d['text'])) for d in docs]))
`;

/** Reads each document with networkx (read_gexf defaults to 1.2draft; read_graphml). */
export function readWithNetworkx(docs: { kind: 'gexf' | 'graphml'; text: string }[]): NxGraph[] {
  return runPython<NxGraph[]>(NX_DUMP, JSON.stringify(docs));
}

export interface XmlElement {
  tag: string;
  attrib: Record<string, string>;
  text: string | null;
  children: XmlElement[];
}

const ET_DUMP = `
import json, sys
import xml.etree.ElementTree as ET
def dump(e):
    return {'tag': e.tag, 'attrib': dict(e.attrib), 'text': e.text, 'children': [dump(c) for c in e]}
print(json.dumps(dump(ET.fromstring(sys.stdin.buffer.read()))))
`;

/** A parse by Python's ElementTree (tags as {namespace}local). Throws on ill-formed XML. */
export function parseXml(xml: string): XmlElement {
  return runPython<XmlElement>(ET_DUMP, xml);
}

export function findAll(root: XmlElement, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    if (e.tag === localName || e.tag.endsWith(`}${localName}`)) found.push(e);
    e.children.forEach(visit);
  };
  visit(root);
  return found;
}

/** What a string becomes once the code points XML 1.0 cannot carry are gone (written independently of src/). */
export function xmlSafe(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) out += text[i] + text[++i];
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) continue;
    const allowed = unit === 0x9 || unit === 0xa || unit === 0xd || (unit >= 0x20 && unit <= 0xfffd);
    if (allowed) out += text[i];
  }
  return out;
}
