/** Package version, and the extractor version that keys the per-document cache. */
export const VERSION = '0.1.0';
/** Bump whenever extraction output can change (catalog, cues, code): invalidates caches. */
export const EXTRACTOR_VERSION = 'x1';
