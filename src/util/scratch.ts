/**
 * Reusable zeroed byte arrays for per-document token masks. Extraction allocated a few typed
 * arrays per document, and a typed array's backing store costs far more to allocate than to
 * clear; each named slot keeps one buffer, grown as needed. Extraction is synchronous, so a
 * slot is never in use twice at once; a caller must not keep the array past its own call.
 */
const slots = new Map<string, Uint8Array>();

/** A zeroed array of at least `length` bytes for `slot` (read and write only indexes below `length`). */
export function scratchBytes(slot: string, length: number): Uint8Array {
  let buf = slots.get(slot);
  if (!buf || buf.length < length) {
    buf = new Uint8Array(Math.max(length, 2 * (buf?.length ?? 512)));
    slots.set(slot, buf);
  } else {
    buf.fill(0, 0, length);
  }
  return buf;
}
