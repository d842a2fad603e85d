/** Evidence sentences with their document title and date, shared by the node, edge and path panels. */
import type { EdgeEvidence } from '../../../src/graph/types.js';
import { h } from './dom.js';

export function evidenceItem(ev: EdgeEvidence): HTMLElement {
  const source = [ev.documentTitle ?? ev.documentId ?? 'unknown document', ev.documentDate].filter(Boolean).join(' · ');
  return h('blockquote', { class: 'evidence', 'data-testid': 'evidence' },
    h('p', { class: 'evidence-sentence' }, ev.sentence),
    h('cite', { class: 'evidence-source' }, source),
  );
}

export function evidenceList(evidence: EdgeEvidence[], limit = Infinity): HTMLElement {
  const list = h('div', { class: 'evidence-list' });
  evidence.slice(0, limit).forEach((ev) => list.appendChild(evidenceItem(ev)));
  if (evidence.length === 0) list.appendChild(h('p', { class: 'muted' }, 'No evidence sentence stored.'));
  return list;
}
