/**
 * XML text hygiene shared by the GEXF and GraphML writers. Labels and evidence come
 * straight from news pages, so every string is treated as hostile: characters that
 * XML 1.0 cannot carry at all are dropped, the rest is escaped.
 */

// XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// Anything else (C0 controls, U+FFFE/U+FFFF, lone surrogates) makes the document
// ill-formed even when written as a character reference, so it cannot be escaped.
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The string without the code points that XML 1.0 forbids (also used by the CSV writer). */
export function stripForbiddenChars(text: string): string {
  return text.replace(LONE_SURROGATES, '').replace(FORBIDDEN_CHARS, '');
}

// A parser turns a literal CR (or CRLF) into LF, so CR goes out as a reference.
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
// In attribute values a parser turns literal tabs and line breaks into spaces, so they
// go out as character references to survive a round trip.
// Some parsers also treat NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as line ends (as XML 1.1 does).
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
  '\u0085': '&#x85;', '\u2028': '&#x2028;', '\u2029': '&#x2029;',
};

// Most labels and values are plain: one test finds those that need any of the work below
// (every control character, escaped character and surrogate), and the rest go out as they are.
const NEEDS_WORK = /[\u0000-\u001F&<>"'\u0085\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Element content: sanitized and escaped (">" too, so "]]>" can never appear). */
export function escapeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return stripForbiddenChars(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

/** A double-quoted attribute value: sanitized and escaped. */
export function escapeAttribute(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return stripForbiddenChars(text).replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}

export type XmlAttributeValue = string | number | boolean | null | undefined;

/** ` name="value"` pairs in the given order; null and undefined values are left out. */
export function xmlAttributes(attributes: Record<string, XmlAttributeValue>): string {
  let out = '';
  // for...in rather than Object.entries: no array of pairs for every element of a large export
  for (const name in attributes) {
    const value = attributes[name];
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeAttribute(typeof value === 'string' ? value : String(value))}"`;
  }
  return out;
}

/** An element with only attributes: `<name a="1"/>`. */
export function emptyElement(name: string, attributes: Record<string, XmlAttributeValue>): string {
  return `<${name}${xmlAttributes(attributes)}/>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
