/** Closed word classes the entity and relation rules test (data/lexicon/word-classes.json), read once. */
import { readJsonData } from '../util/data.js';

export const WORD_CLASS_NAMES = [
  'promiseMarkers', 'settingNouns', 'peopleAfterName', 'relationalHeads', 'numberWords', 'companyOpeners',
  'saying', 'stateBodies', 'standingVerbs', 'territoryNouns', 'naming', 'directions', 'truceNouns',
  'holdingNouns', 'irregularParticiples', 'selfRuledKinds', 'verdicts', 'verdictAdverbs', 'spanWords',
  'verbAdverbs', 'subordinators', 'phraseOpeners', 'facilityUsers', 'holdingVerbs', 'prepositions',
  'clausePasts', 'ingVerbOpeners', 'quantifiers', 'nounDeterminers', 'articles', 'verbMarkers',
  'phraseDeterminers', 'joiners', 'asideOpeners', 'clauseWords', 'nearnessPreps', 'thirdPersonPossessives',
  'ownBodies', 'personalPronouns', 'nounOpeners', 'stativeAuxiliaries', 'involvement', 'settingWords',
  'gestures', 'topicPreps', 'appositionFillers', 'appositionOpeners', 'copulaWords', 'regarding',
  'presencePreps', 'statePossessives', 'presenceWords', 'bodyBreaks', 'genericTitles', 'determiners',
  'calledOff', 'afterCueBreaks', 'describing', 'relatives', 'targetPlacePreps', 'objectBreaks',
  'pairPrepositions', 'functionWords', 'groupPlacePreps', 'subjectOpeners', 'timeWords', 'directPlacePreps',
  'negators', 'finiteBe', 'occasionPreps', 'threatPreps', 'possessiveDeterminers', 'sinceAdverbLeads',
  'reciprocalPreps', 'ingPreps', 'sayingParticiples', 'motionPreps', 'speakerVerbs', 'possessiveMarkers',
  'ownSubjectOpeners', 'ownObjectOpeners', 'followerTimeWords', 'nonPluralsInS', 'haveBeForms',
  'verbsAfterPlace', 'copulas', 'passiveAdverbs', 'verbsAfterName', 'thatClauseHeads', 'mayLeads', 'marchLeads',
  'verbPhraseOpeners', 'timeNames', 'sayingVerbs', 'expletiveVerbs', 'expletivePredicates', 'bothFollowers',
  'rulingModifiers', 'placeLinks', 'pastObjectOpeners', 'separateWords', 'bodyNamingWords', 'laterAdverbs',
  'objectRelatives', 'coAgentPhrases', 'quantityOpeners', 'reciprocals', 'clauseObjectRelatives', 'plainArticles',
  'indefiniteArticles', 'futureMarkers', 'placeParticiples', 'partitives', 'placeVerbs', 'heldTargets', 'bodyOffices', 'organNames', 'answeringKinds', 'measureNouns', 'agentNouns', 'stancePrefixes', 'crossingVerbs', 'placeModifiers', 'objectControlVerbs', 'roleCueNouns', 'treatyHeads', 'contrastWords', 'infinitiveJoins',
  'deployingKinds', 'weaponModifiers', 'urgingVerbs', 'peopleOfNouns', 'reactionVerbs', 'haltingVerbs', 'stanceLeads', 'mediatingVerbs', 'joiningVerbs', 'stancePreps', 'actPreps', 'governmentNouns', 'goodsNouns', 'companyHeads', 'spanNouns', 'amountWords', 'amountHedges', 'missionNouns',
  'subjectQuantifiers', 'withinPreps', 'finiteAfterPronoun', 'corefOpeners',
] as const;

export type WordClasses = Record<(typeof WORD_CLASS_NAMES)[number], Set<string>>;

let cached: WordClasses | null = null;

export function wordClasses(): WordClasses {
  if (cached) return cached;
  const file = readJsonData<Record<string, unknown>>('lexicon', 'word-classes.json');
  const out = {} as WordClasses;
  for (const name of WORD_CLASS_NAMES) {
    const list = file[name];
    if (!Array.isArray(list)) throw new Error(`geokg/word-classes: data/lexicon/word-classes.json: "${name}" must be a list of words`);
    out[name] = new Set(list.map(String));
  }
  cached = out;
  return out;
}
