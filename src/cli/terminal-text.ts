/**
 * Text from articles (labels, evidence, file names) printed for a person to read: article
 * text is untrusted, and a terminal obeys the control characters in it (ESC [2J clears the
 * screen, OSC sets the window title). Each control character shows as its Unicode control
 * picture ("␛"), C1 controls and the bidirectional overrides, which could reorder what is
 * shown, as "�". Newlines and tabs, which the formatting itself uses, are kept. JSON output
 * needs none of this: JSON.stringify escapes the C0 controls, and scripts get the data as is.
 */
// C0 controls but tab and newline, DEL, C1 controls, bidi embeddings, overrides and isolates
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const CONTROL_PICTURES = 0x2400;
const DELETE_PICTURE = '\u2421';
const REPLACEMENT = '\uFFFD';

function picture(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(CONTROL_PICTURES + code);
  return code === 0x7f ? DELETE_PICTURE : REPLACEMENT;
}

export function terminalText(text: string): string {
  return text.replace(UNSAFE, picture);
}
