/**
 * The catalog file format (data/catalog/*.json, corpus/catalog.json, --catalog FILE),
 * validated with zod so a bad entry is reported with its file, entry and field.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../../model.js';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');

export const RoleSchema = z.object({
  /** Canonical title from data/lexicon/titles.json ("Secretary of State", "President"). */
  title: z.string().min(1),
  /** Entity id of the state or organization the role belongs to. */
  of: z.string().min(1),
  from: isoDate.optional(),
  to: isoDate.optional(),
}).strict();

export const CatalogEntrySchema = z.object({
  id: z.string().regex(/^([A-Z]{3}|[a-z0-9]+(-[a-z0-9]+)*)$/, 'expected an ISO 3166-1 alpha-3 code or a lower-case slug'),
  type: z.enum(ENTITY_TYPES),
  label: z.string().min(1),
  /** Surface forms that name the entity (case-sensitive; see caseMatches in gazetteer.ts for the case rules). */
  aliases: z.array(z.string().min(1)).default([]),
  /** States: capitals. An actor when used as one, a place in a dateline. */
  capitals: z.array(z.string().min(1)).default([]),
  /** States: government metonyms ("White House", "Kremlin", "the Obama administration"). */
  metonyms: z.array(z.string().min(1)).default([]),
  /** States: demonyms and nationality words, singular and plural ("South Korean", "South Koreans"). */
  demonyms: z.array(z.string().min(1)).default([]),
  /** Adjectival forms that modify a noun ("American forces", "Chinese leaders"). */
  adjectives: z.array(z.string().min(1)).default([]),
  roles: z.array(RoleSchema).default([]),
  gender: z.enum(['male', 'female']).optional(),
  /** Military and government bodies: the state (or organization) they belong to. */
  affiliation: z.string().optional(),
  /**
   * Bodies: the names they go by in a story datelined in their own state (the `affiliation`),
   * which elsewhere name another state's body: "Congress", "the Senate" (an article written
   * here must stand before the name in the text).
   */
  homeNames: z.array(z.string().min(1)).default([]),
  /** Places: the state the place lies in, where no other state claims it (a city, a province, a base). */
  state: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code').optional(),
  /** Standing forces: the countries or regions where they are stationed. */
  hosts: z.array(z.string()).default([]),
  /** Organizations: member states. */
  members: z.array(z.string()).default([]),
  /** Free classification, e.g. "igo", "un-organ", "armed-group", "government-body", "command". */
  kind: z.string().optional(),
  /** Set on a user entry to replace the packaged entry of the same id instead of extending it. */
  replace: z.boolean().optional(),
}).strict();

export const CatalogFileSchema = z.object({
  entries: z.array(CatalogEntrySchema),
}).strict();

export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
export type CatalogEntryInput = z.input<typeof CatalogEntrySchema>;
export type CatalogFile = z.infer<typeof CatalogFileSchema>;

export const TitleSchema = z.object({
  /** Canonical title as used in roles. */
  title: z.string().min(1),
  /** Variants written before a name ("Secretary of State", "Secretary", "Sec."), longest first not required. */
  forms: z.array(z.string().min(1)).min(1),
  /** Role nouns that refer back to the holder ("the secretary", "the minister"). Lower case, without "the". */
  nouns: z.array(z.string().min(1)).default([]),
  /** Whether the title alone names a head of state/government (used for "the president" of the document's country). */
  head: z.boolean().default(false),
  /** The state a title belongs to when the text names none ("Secretary of State" is American, "Foreign Secretary" British). */
  usualOf: z.string().optional(),
  /** Other states with an office of that name: in a story datelined in one of them, the title is that state's ("Foreign Secretary" in Manila). */
  alsoOf: z.array(z.string().min(1)).default([]),
}).strict();

export const TitlesFileSchema = z.object({ titles: z.array(TitleSchema) }).strict();
export type Title = z.infer<typeof TitleSchema>;
