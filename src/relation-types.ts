/** The relation type table (data/relation-types.json), typed. */
import { readJsonData } from './util/data.js';
import type { Polarity, RelationType } from './model.js';

export interface RelationTypeInfo {
  directed: boolean;
  cameo: string;
  polarity: Polarity;
  label: string;
}

export const RELATION_TYPE_INFO: Record<RelationType, RelationTypeInfo> = readJsonData('relation-types.json');

export function isDirected(type: RelationType): boolean {
  return RELATION_TYPE_INFO[type].directed;
}
