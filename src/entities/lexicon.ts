/** The linking lexicon (data/lexicon/linking.json): words that decide how a mention is read. */
import { readJsonData } from '../util/data.js';
import { tokenTexts } from '../text/tokenize.js';

interface LinkingFile {
  locativePrepositions: string[];
  actorNouns: string[];
  phraseBreaks: string[];
  targetNouns: string[];
  blocNouns: string[];
  blocLinks: string[];
  fromSourceNouns: string[];
  postingTitles: string[];
  stateHeads: string[];
  stateOwnership: string[];
  hostingVerbs: string[];
  governingNouns: string[];
  subjectPredicates: string[];
  forceNouns: string[];
  shipPrefixes: Record<string, string>;
  pronouns: Record<string, 'male' | 'female'>;
  possessivePronounHeads: string[];
  groupNouns: string[];
  stateNouns: string[];
  contextualAliases: { form: string; id: string; context: string[] }[];
  /** Names of a fixed pair of states ("the two Koreas"). */
  fixedPairs: { form: string; ids: string[] }[];
  seatMetonyms: { capital: string; id: string; context: string[]; until?: string }[];
  surnameFirst: string[];
  titleModifiers: string[];
  officeHeads: string[];
  placeNouns: string[];
  followerPhrases: string[];
  rulingNouns: string[];
  removalVerbs: string[];
  appositionRoles: string[];
  coreference: { sayingVerbs: string[]; deployedPeople: string[]; stateGroupHeads: string[]; copulas: string[]; threatNouns: string[] };
  unknownNames: { stopwords: string[]; operationNamers: string[]; organizationHeads: string[]; militaryHeads: string[]; stateForceNames: string[]; acronymHeads: { military: string[]; organization: string[] }; boundPrefixes: string[]; connectors: string[]; possessiveNameWords: string[]; eventHeads: string[]; eventFirstWords: string[]; organizationFirstWords: string[]; warshipNouns: string[]; modifierSuffixes: string[]; placeHeads: string[]; placeTails: string[]; facilityTails: string[] };
}

export interface LinkingLexicon {
  locative: Set<string>;
  actorNouns: Set<string>;
  /** Words that end the phrase after a nationality word before an actor noun is reached. */
  phraseBreaks: Set<string>;
  /** Nouns of places struck in a state ("struck targets inside Libya"): the state is the target. */
  targetNouns: Set<string>;
  /** "Mercosur, the bloc formed by Brazil, Argentina ...": nouns of groupings of states, and the words that open their members. */
  blocNouns: Set<string>;
  blocLinks: string[][];
  /** "aid from Washington", "warnings from Moscow": after these nouns, a capital after "from" is its government. */
  fromSourceNouns: Set<string>;
  /** Title words of envoys to a body ("Russia's U.N. ambassador"), whose state is named before the body. */
  postingTitles: Set<string>;
  /** Nouns of states after "the two" and modifiers ("the two Gulf states"). */
  stateHeads: Set<string>;
  /** Words that make a named body the state's own ("Russian state energy giant Gazprom"). */
  stateOwnership: Set<string>;
  /** Verbs whose subject (or "by" agent) stages talks between others: "hosted talks between", "talks hosted by". */
  hostingVerbs: Set<string>;
  /** "the government in Oslo", "authorities in Kabul": the place names the state that governs. */
  governingNouns: Set<string>;
  /** Adjectives after "it is/was" that say something of a referent, not of a clause ("it was ready to"): no expletive "it". */
  subjectPredicates: Set<string>;
  forceNouns: string[][];
  /** "USS" -> "us-navy": a warship's name stands for its navy. */
  shipPrefixes: Map<string, string>;
  pronouns: Map<string, 'male' | 'female'>;
  possessiveHeads: Set<string>;
  groupPhrases: string[][];
  /** "the country", "the nation": the state named last. */
  stateNouns: Set<string>;
  contextual: { tokens: string[]; id: string; context: string[] }[];
  /** "the two Koreas" -> KOR and PRK, as lower-case tokens, longest first. */
  fixedPairs: { tokens: string[]; ids: string[] }[];
  /** A capital that stands for the body seated there when that body is in the story ("Brussels" -> the EU). */
  seatMetonyms: { capital: string; id: string; context: Set<string>; until?: string }[];
  stopwords: Set<string>;
  /** Lower-case nouns of the lists above (actors, forces, targets, places): no lone capitalised word that is one of them is a name ("Police said"). */
  commonNouns: Set<string>;
  /** Last words of the force nouns ("carrier", "destroyer"): a capitalised word after one names a ship or unit, not an actor. */
  forceNounHeads: Set<string>;
  organizationHeads: Set<string>;
  /** Words after a state's name or nationality word that name its armed force ("the Guyana Defence Force"), longest first. */
  stateForceNames: string[][];
  militaryHeads: Set<string>;
  /** Head nouns of the apposition that names an unknown acronym's kind ("AFISMA, the African-led mission"). */
  acronymMilitaryHeads: Set<string>;
  acronymOrganizationHeads: Set<string>;
  /** Name parts bound to the next one ("Abdul Amir"): what follows them is a name, even a word that is also a title. */
  boundPrefixes: Set<string>;
  connectors: Set<string>;
  /** Words whose possessive is part of a name ("Khmer People's National Liberation Front", "Kurdistan Workers' Party"). */
  possessiveNameWords: Set<string>;
  /** Words before the name of an operation, which is no actor ("code-named True Promise"), as token texts. */
  operationNamers: string[][];
  surnameFirst: string[];
  /** Words between a state and a title ("Lebanese caretaker Prime Minister"). */
  titleModifiers: Set<string>;
  /** Capitalised heads of an office's name before "of" ("Minister of Roads and Urban Development"). */
  officeHeads: Set<string>;
  /** Nouns before "of" that make an unknown name after it a place ("the town of Cizre"). */
  placeNouns: Set<string>;
  /** Phrases after a plural noun of people naming whom they follow ("militants loyal to X"). */
  followerPhrases: string[][];
  /** Nouns of a ruling body that "the ..." refers back with ("Niger's ruling junta ... the junta's ties"). */
  rulingNouns: Set<string>;
  /** Verbs of removal, after which "from" names the place left ("withdraw inspectors from Iraq"). */
  removalVerbs: Set<string>;
  /** Role nouns of appositions ("Lise Grande, the U.N. humanitarian coordinator"). */
  appositionRoles: Set<string>;
  /** Heads of names that are events, programmes or places, never actors ("Korean War", "Six-Party Talks"). */
  eventHeads: Set<string>;
  /** First words of names that are programmes or places ("Plan Colombia", "Operation Desert Storm"). */
  eventFirstWords: Set<string>;
  /** First words of broadcasters' names ("Radio Uganda", "Television Kabul"): an organization, whatever follows. */
  organizationFirstWords: Set<string>;
  /** Kinds of warship, after which a name is the ship's ("the cruiser General Belgrano"), not a titled person. */
  warshipNouns: Set<string>;
  /** "Kurdish-led", "Iran-backed": words after a tight hyphen that make what precedes a modifier, not part of a name. */
  modifierSuffixes: Set<string>;
  /** Last words of names of places that are never actors ("Manda Bay Airfield", "Golan Heights"): an unknown name so ending is a place. */
  placeHeads: Set<string>;
  /** Lower-case nouns after a name that make it a place ("the Manas air base", "the Cenepa valley"), longest first. */
  placeTails: string[][];
  /** Lower-case nouns after "the" and a person's name that make the name a facility's ("the Mubarak oil platform"), longest first. */
  facilityTails: string[][];
  /** Word lists of the coreference rules (see the file's comment). */
  sayingVerbs: Set<string>;
  deployedPeople: Set<string>;
  stateGroupHeads: Set<string>;
  copulas: Set<string>;
  threatNouns: Set<string>;
}

let cached: LinkingLexicon | null = null;

export function linkingLexicon(): LinkingLexicon {
  if (cached) return cached;
  const f = readJsonData<LinkingFile>('lexicon', 'linking.json');
  const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
  cached = {
    locative: new Set(f.locativePrepositions),
    actorNouns: new Set(f.actorNouns),
    phraseBreaks: new Set(f.phraseBreaks),
    targetNouns: new Set(f.targetNouns),
    blocNouns: new Set(f.blocNouns),
    fromSourceNouns: new Set(f.fromSourceNouns),
    postingTitles: new Set(f.postingTitles),
    stateHeads: new Set(f.stateHeads),
    blocLinks: f.blocLinks.map((x) => tokenTexts(x.toLowerCase())).sort((a, b) => b.length - a.length),
    stateOwnership: new Set(f.stateOwnership),
    hostingVerbs: new Set(f.hostingVerbs),
    governingNouns: new Set(f.governingNouns),
    subjectPredicates: new Set(f.subjectPredicates),
    forceNouns: f.forceNouns.map((x) => tokenTexts(x.toLowerCase())),
    shipPrefixes: new Map(Object.entries(f.shipPrefixes).filter(([k]) => !k.startsWith('$'))),
    pronouns: new Map(Object.entries(f.pronouns)),
    possessiveHeads: new Set(f.possessivePronounHeads),
    // longest phrases first so "the two allies" wins over "the two"
    groupPhrases: lower(f.groupNouns).map(tokenTexts).sort((a, b) => b.length - a.length),
    stateNouns: new Set(f.stateNouns),
    contextual: f.contextualAliases.map((c) => ({ tokens: tokenTexts(c.form), id: c.id, context: c.context })).sort((a, b) => b.tokens.length - a.tokens.length),
    fixedPairs: f.fixedPairs.map((x) => ({ tokens: tokenTexts(x.form.toLowerCase()), ids: x.ids })).sort((a, b) => b.tokens.length - a.tokens.length),
    seatMetonyms: f.seatMetonyms.map((x) => ({ capital: x.capital, id: x.id, context: new Set(x.context), until: x.until })),
    stopwords: new Set(f.unknownNames.stopwords),
    commonNouns: new Set([...f.actorNouns, ...f.targetNouns, ...f.placeNouns, ...f.forceNouns.filter((x) => !x.includes(' ')), ...f.stateHeads, ...f.governingNouns]),
    forceNounHeads: new Set(f.forceNouns.map((x) => x.split(' ').pop() ?? x)),
    organizationHeads: new Set(f.unknownNames.organizationHeads),
    militaryHeads: new Set(f.unknownNames.militaryHeads),
    stateForceNames: f.unknownNames.stateForceNames.map((x) => x.split(' ')).sort((a, b) => b.length - a.length),
    acronymMilitaryHeads: new Set(f.unknownNames.acronymHeads.military),
    acronymOrganizationHeads: new Set(f.unknownNames.acronymHeads.organization),
    boundPrefixes: new Set(f.unknownNames.boundPrefixes),
    connectors: new Set(f.unknownNames.connectors),
    possessiveNameWords: new Set(f.unknownNames.possessiveNameWords),
    operationNamers: f.unknownNames.operationNamers.map((x) => tokenTexts(x)),
    surnameFirst: f.surnameFirst,
    titleModifiers: new Set(f.titleModifiers),
    officeHeads: new Set(f.officeHeads),
    placeNouns: new Set(f.placeNouns),
    followerPhrases: f.followerPhrases.map((x) => x.split(' ')),
    rulingNouns: new Set(f.rulingNouns),
    removalVerbs: new Set(f.removalVerbs),
    appositionRoles: new Set(f.appositionRoles),
    eventHeads: new Set(f.unknownNames.eventHeads),
    eventFirstWords: new Set(f.unknownNames.eventFirstWords),
    organizationFirstWords: new Set(f.unknownNames.organizationFirstWords),
    warshipNouns: new Set(f.unknownNames.warshipNouns),
    modifierSuffixes: new Set(f.unknownNames.modifierSuffixes),
    placeHeads: new Set(f.unknownNames.placeHeads),
    placeTails: f.unknownNames.placeTails.map((x) => x.split(' ')).sort((a, b) => b.length - a.length),
    facilityTails: f.unknownNames.facilityTails.map((x) => x.split(' ')).sort((a, b) => b.length - a.length),
    sayingVerbs: new Set(f.coreference.sayingVerbs),
    deployedPeople: new Set(f.coreference.deployedPeople),
    stateGroupHeads: new Set(f.coreference.stateGroupHeads),
    copulas: new Set(f.coreference.copulas),
    threatNouns: new Set(f.coreference.threatNouns),
  };
  return cached;
}

export interface SectorLexicon {
  /** Group noun (lower case, one or two words) -> canonical plural used in ids. */
  groups: Map<string, string>;
  /** First words of the group nouns of two words ("opposition" of "opposition parties"): only after one is a pair looked up. */
  pairFirsts: Set<string>;
  modifiers: Set<string>;
  /** Nouns after a nationality word naming a state's own police, forces or leaders ("Egyptian police"). */
  homeHeads: Set<string>;
}

let sectors: SectorLexicon | null = null;

/** Domestic groups (data/lexicon/sectors.json). */
export function sectorLexicon(): SectorLexicon {
  if (sectors) return sectors;
  const f = readJsonData<{ groups: Record<string, string>; modifiers: string[]; homeHeads: string[] }>('lexicon', 'sectors.json');
  const groups = new Map(Object.entries(f.groups));
  const pairFirsts = new Set([...groups.keys()].filter((g) => g.includes(' ')).map((g) => g.split(' ')[0]));
  sectors = { groups, pairFirsts, modifiers: new Set(f.modifiers), homeHeads: new Set(f.homeHeads) };
  return sectors;
}
