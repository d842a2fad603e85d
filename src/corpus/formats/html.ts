/**
 * HTML to readable text with htmlparser2, a streaming tokenizer that keeps an
 * explicit tag stack: unclosed and deeply nested tags cannot blow the call
 * stack. Block elements become line breaks, scripts, styles, comments and
 * menus vanish, and every entity (named HTML5 or numeric) is decoded by the
 * parser. Metadata comes from <title>, <meta> and <time datetime>.
 */
import { Parser } from 'htmlparser2';
import { buildRecord, type LoadedRecord, type RecordMetadata } from '../record.js';

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'nav', 'footer', 'aside', 'head', 'select', 'button', 'form']);
/** Elements that end a paragraph. */
const PARAGRAPH_BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'details', 'dialog', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'caption',
]);
/** Elements that end a line but not a paragraph. */
const LINE_BLOCKS = new Set(['br', 'li', 'tr', 'dt', 'dd', 'option', 'legend']);
/** Table cells sit side by side: a space between them. */
const CELLS = new Set(['td', 'th']);

/** Meta names and properties, in order of trust, for each metadata field. */
const META_KEYS: Record<'title' | 'date' | 'source' | 'url', string[]> = {
  title: ['og:title', 'twitter:title'],
  date: ['article:published_time', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dcterms.date',
    'dc.date.issued', 'datepublished', 'og:published_time', 'sailthru.date', 'parsely-pub-date'],
  source: ['og:site_name', 'application-name'],
  url: ['og:url', 'twitter:url'],
};

export interface HtmlContent {
  text: string;
  title: string | null;
  meta: Map<string, string>;
  timeDatetime: string | null;
  canonical: string | null;
  firstHeading: string | null;
}

/** Readable text and metadata of an HTML page. */
export function htmlToText(raw: string): HtmlContent {
  // Output as chunks: string concatenation and end-anchored regexes would be quadratic on big pages.
  const parts: string[] = [];
  let lastChar = '';
  const append = (s: string) => { if (s) { parts.push(s); lastChar = s[s.length - 1]; } };
  const dropTrailingSpace = () => {
    while (parts.length && (lastChar === ' ' || lastChar === '\t')) {
      const last = parts.pop()!.replace(/[ \t]+$/, '');
      if (last) { parts.push(last); lastChar = last[last.length - 1]; } else lastChar = parts.length ? parts[parts.length - 1].slice(-1) : '';
    }
  };
  let pendingBreak = 0;
  let skipDepth = 0;
  let preDepth = 0;
  let titleDepth = 0;
  let title = '';
  let headingDepth = 0;
  let heading = '';
  let headingDone = false;
  let timeDatetime: string | null = null;
  let canonical: string | null = null;
  const meta = new Map<string, string>();

  const breakLine = (n: number) => { pendingBreak = Math.max(pendingBreak, n); };
  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'title') titleDepth++;
      if (name === 'meta') {
        const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
        if (key && attribs.content !== undefined && !meta.has(key)) meta.set(key, attribs.content);
      }
      if (name === 'time' && timeDatetime === null && attribs.datetime) timeDatetime = attribs.datetime;
      if (name === 'link' && canonical === null && (attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && attribs.href) {
        canonical = attribs.href;
      }
      if (name === 'h1' && !headingDone) headingDepth++;
      if (SKIPPED.has(name)) skipDepth++;
      if (name === 'pre') preDepth++;
      if (PARAGRAPH_BLOCKS.has(name)) breakLine(2);
      else if (LINE_BLOCKS.has(name)) breakLine(1);
      else if (CELLS.has(name) && lastChar && !/\s/.test(lastChar)) append(' ');
    },
    onclosetag(name) {
      if (name === 'title' && titleDepth > 0) titleDepth--;
      if (name === 'h1' && headingDepth > 0 && --headingDepth === 0) headingDone = heading.trim() !== '';
      if (SKIPPED.has(name) && skipDepth > 0) skipDepth--;
      if (name === 'pre' && preDepth > 0) preDepth--;
      if (PARAGRAPH_BLOCKS.has(name)) breakLine(2);
      else if (LINE_BLOCKS.has(name) && name !== 'br') breakLine(1);
    },
    ontext(data) {
      if (titleDepth > 0) { title += data; return; }
      if (skipDepth > 0) return;
      if (headingDepth > 0) heading += data;
      // Outside <pre>, runs of whitespace are one space, as a browser shows them.
      const text = (preDepth > 0 ? data : data.replace(/[ \t\n\r\f]+/g, ' ')).replace(/\u00a0/g, ' ');
      if (!text) return;
      if (pendingBreak > 0) {
        if (!text.trim()) return;
        if (parts.length) { dropTrailingSpace(); append('\n'.repeat(pendingBreak)); }
        pendingBreak = 0;
        append(preDepth > 0 ? text : text.replace(/^ +/, ''));
        return;
      }
      if (text.startsWith(' ') && (lastChar === '' || /\s/.test(lastChar))) append(text.slice(1));
      else append(text);
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(raw);
  parser.end();

  const clean = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim() || null;
  const text = parts.join('')
    .split('\n').map((line) => line.replace(/[ \t]+$/, '')).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: text ? text + '\n' : '', title: clean(title), meta, timeDatetime, canonical, firstHeading: clean(heading) };
}

function firstMeta(meta: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key)?.trim();
    if (value) return value;
  }
  return null;
}

/** "Headline | Site" to "Headline" when the suffix (or prefix) is the site's own name. */
function withoutSiteName(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const rest = parts.filter((part) => part.trim().toLowerCase() !== site.trim().toLowerCase());
  return rest.length && rest.length < parts.length ? rest.join(' - ') : title;
}

export function loadHtml(raw: string, path: string): LoadedRecord[] {
  const page = htmlToText(raw);
  const site = firstMeta(page.meta, META_KEYS.source);
  const metadata: RecordMetadata = {
    title: withoutSiteName(page.title, site) ?? firstMeta(page.meta, META_KEYS.title) ?? page.firstHeading,
    date: firstMeta(page.meta, META_KEYS.date) ?? page.timeDatetime,
    source: site,
    url: firstMeta(page.meta, META_KEYS.url) ?? page.canonical,
  };
  return [buildRecord(page.text, metadata, path)];
}
