/** Entity stage types: mentions found in a document, linked to entity ids (and the one constructor of each). */
import type { EntityType, Role } from '../model.js';

export type MentionKind =
  | 'name' | 'capital' | 'metonym' | 'demonym' | 'adjective' | 'force'
  | 'pronoun' | 'role-noun' | 'group' | 'contextual' | 'unknown';

export interface Mention {
  id: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  kind: MentionKind;
  /** Can be an argument of a relation (false for datelines, modifiers of a title, places after "in"). */
  actor: boolean;
  /** Preceded by a locative preposition ("in Seoul"): a place, usable as a deployment target. */
  locative: boolean;
  /** Linking certainty in [0, 1]: 1 for an exact catalog name, lower for surnames, pronouns, guesses. */
  certainty: number;
  /** Canonical title written before a person's name ("Secretary of State"). */
  title?: string;
  /** Entity the title belongs to ("U.S." in "U.S. Secretary of State"). */
  titleOf?: string;
  /** First token of the title phrase, its state included ("Japanese Foreign Minister Taro Kono"). */
  titleStart?: number;
  /** Mentions produced by one group phrase ("the two allies") share this number. */
  group?: number;
}

/** A mention's optional fields (a title before a person's name, a group phrase). */
export type MentionExtras = Pick<Mention, 'title' | 'titleOf' | 'titleStart' | 'group'>;

/**
 * A mention with every field present, unset ones as undefined, in one order: all mentions
 * then share one hidden class, so the many rules that read them stay monomorphic.
 */
export function newMention(
  id: string, kind: MentionKind, start: number, end: number, tokenStart: number, tokenEnd: number, sentence: number,
  actor: boolean, locative: boolean, certainty: number, extras?: MentionExtras,
): Mention {
  return {
    id, start, end, tokenStart, tokenEnd, sentence, kind, actor, locative, certainty,
    title: extras?.title, titleOf: extras?.titleOf, titleStart: extras?.titleStart, group: extras?.group,
  };
}

/** What the document tells about an entity beyond the catalog (unknown names, titles seen). */
export interface EntityInfo {
  id: string;
  label: string;
  type: EntityType;
  linked: boolean;
  aliases: string[];
  roles: Role[];
  gender?: 'male' | 'female';
  affiliation?: string;
  /** Places: the state the place lies in (catalog `state`). */
  state?: string;
  hosts: string[];
  /** The catalog's kind ("company", "armed-group", "un-organ" ...), for linked entities. */
  kind?: string;
}

/** An entity record's optional fields. */
export type EntityInfoExtras = Partial<Pick<EntityInfo, 'roles' | 'gender' | 'affiliation' | 'state' | 'hosts' | 'kind'>>;

/**
 * An entity record with every field present, unset ones as undefined, in one order: catalog
 * entities and the ones a document introduces then share one hidden class (as mentions do).
 */
export function newEntityInfo(id: string, label: string, type: EntityType, linked: boolean, aliases: string[], extras: EntityInfoExtras = {}): EntityInfo {
  return {
    id, label, type, linked, aliases, roles: extras.roles ?? [], gender: extras.gender, affiliation: extras.affiliation,
    state: extras.state, hosts: extras.hosts ?? [], kind: extras.kind,
  };
}

export interface EntityAnalysis {
  mentions: Mention[];
  entities: Map<string, EntityInfo>;
}
