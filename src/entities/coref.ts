/**
 * Coreference within a document: pronouns ("he", "his government"), role nouns ("the
 * secretary"), group phrases ("the two allies", "both countries") and contextual names
 * ("the North", "the peninsula"), each turned into a mention of the entity it stands for.
 * A rule-based resolver in the spirit of Stanford's sieve (Lee et al. 2013): recency
 * within a short window, filtered by gender, role title and entity type. The forms that can
 * start at a word are indexed in coref-forms.ts, antecedents are found by coref-antecedents.ts,
 * and the words around a form are tested in coref-word-tests.ts.
 */
import type { TextDoc } from '../text/sentences.js';
import { inRelativeAside } from '../text/asides.js';
import type { Gazetteer } from './gazetteer.js';
import type { LinkingLexicon } from './lexicon.js';
import { newMention, type EntityInfo, type Mention, type MentionExtras } from './types.js';
import { rolesOn } from './roles.js';
import { contextualAt, groupPhrasesAt, matchFormAfterFirst, nearestContextual, roleFirstWords, triggerWords } from './coref-forms.js';
import { bodyHeadNouns, followedAtOpening, forceOwnerBefore, lastCoordinated, lastPair, nearestBefore } from './coref-antecedents.js';
import { bareBothRefers, isExpletive, threatTo } from './coref-word-tests.js';
import { inSkip } from './word-tests.js';
import { scratchBytes } from '../util/scratch.js';
import { wordClasses } from '../text/word-classes.js';

export interface CorefOptions {
  gazetteer: Gazetteer;
  lexicon: LinkingLexicon;
  date: string | null;
  unknown: Map<string, EntityInfo>;
  skip: Array<[number, number]>;
}

const SUBJECT_OPENERS = wordClasses().subjectOpeners;

const TIME_WORDS = wordClasses().timeWords;

// words between a state and the junta or regime it names ("Niger's ruling junta")
const RULING_MODIFIERS = wordClasses().rulingModifiers;

/** How many sentences back an antecedent may be. */
const WINDOW = 3;
const GROUP_TYPES = new Set(['country', 'organization', 'military']);

export function resolveCoreference(doc: TextDoc, mentions: Mention[], opts: CorefOptions): Mention[] {
  const { tokens } = doc;
  const { gazetteer: gaz, lexicon: lex } = opts;
  const covered = scratchBytes('coref.covered', tokens.length);
  for (const m of mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  const inDoc = new Set(mentions.map((m) => m.id));
  const titleStarts = new Set(mentions.map((m) => m.titleStart));
  const all = [...mentions];
  const added: Mention[] = [];
  let groupCounter = 0;

  const typeOf = (id: string) => gaz.entries.get(id)?.type ?? opts.unknown.get(id)?.type;
  const genderOf = (id: string) => gaz.entries.get(id)?.gender ?? opts.unknown.get(id)?.gender;
  const before = (pos: number, sentence: number, ok: (m: Mention) => boolean): Mention | undefined => {
    for (let k = all.length - 1; k >= 0; k--) {
      const m = all[k];
      if (m.start >= pos || m.sentence < sentence - WINDOW) continue;
      if (ok(m)) return m;
    }
    return undefined;
  };
  const push = (m: Mention) => {
    added.push(m);
    // keep `all` ordered by start so that later look-backs see it
    let k = all.length;
    while (k > 0 && all[k - 1].start > m.start) k--;
    all.splice(k, 0, m);
    covered.fill(1, m.tokenStart, m.tokenEnd);
  };
  const make = (id: string, kind: Mention['kind'], ts: number, te: number, sentence: number, certainty: number, extras?: MentionExtras & { actor?: boolean; locative?: boolean }): Mention =>
    newMention(id, kind, tokens[ts].start, tokens[te - 1].end, ts, te, sentence, extras?.actor ?? true, extras?.locative ?? false, certainty, extras);
  const titlesOf = (m: Mention): string[] => {
    const own = all.filter((x) => x.id === m.id && x.title).map((x) => x.title as string);
    const known = rolesOn(gaz.entries.get(m.id)?.roles ?? opts.unknown.get(m.id)?.roles, opts.date).map((r) => r.title);
    return [...own, ...known];
  };
  const stateOf = (personId: string): string | undefined => {
    const written = all.find((x) => x.id === personId && x.titleOf && gaz.entries.get(x.titleOf)?.type === 'country');
    if (written) return written.titleOf;
    const role = rolesOn(gaz.entries.get(personId)?.roles ?? opts.unknown.get(personId)?.roles, opts.date)
      .find((r) => gaz.entries.get(r.of)?.type === 'country');
    return role?.of;
  };

  const triggers = triggerWords(lex);
  // "the mission" after "the Multinational Security Support mission", "the coalition" after "a coalition called Viv Ansanm"
  const heads = bodyHeadNouns(mentions, tokens, typeOf, lex);
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const lower = tokens[i].lower;
      // most words start no coreference form at all: one set lookup skips them
      if (covered[i] || !triggers.has(lower) || inSkip(opts.skip, tokens[i].start)) continue;

      // contextual names: "the North" in a story about Korea
      const contextual = contextualAt(lex, lower, tokens[i + 1]?.text);
      const ctx = contextual.length === 0 ? undefined : nearestContextual(contextual.filter((c) => matchFormAfterFirst(tokens, i, s.tokenEnd, c.tokens) && gaz.entries.has(c.id) && (c.context.length === 0 || c.context.some((id) => inDoc.has(id)))), all, tokens[i].start);
      if (ctx) {
        push(make(ctx.id, 'contextual', i, i + ctx.tokens.length, s.index, 0.8));
        i += ctx.tokens.length - 1;
        continue;
      }
      // the head noun of a body named before stands for it ("the mission", "the coalition's leader")
      // ("The Tigers remain outlawed" after "the Tamil Tigers"; not "the Union Minister", a longer name)
      if (lower === 'the' && heads.size > 0 && i + 1 < s.tokenEnd && !(tokens[i + 1].upper && tokens[i + 2]?.upper)) {
        const named = heads.get(tokens[i + 1].lower);
        const body = named && tokens[i + 2]?.lower !== 'of' ? nearestBefore(named, tokens[i].start) : undefined;
        if (body) {
          // (a place stays a place: never an acting party, always a possible destination)
          const place = typeOf(body.id) === 'region';
          push(make(body.id, 'contextual', i, i + 2, s.index, 0.6, place ? { actor: false, locative: true } : {}));
          i++;
          continue;
        }
      }
      // "the Iran-backed group": a hyphenated modifier between "the" and a contextual noun; the noun alone is the mention
      // (so the compound's modifier still relates to it: "Iran-backed" -> support)
      if (lower === 'the' && tokens[i + 2]?.text === '-' && tokens[i + 3] && tokens[i + 4] && !tokens[i + 3].upper) {
        const shortForms = contextualAt(lex, 'the', tokens[i + 4].text).filter((c) => c.tokens.length === 2 && c.tokens[1] === tokens[i + 4].text
          && gaz.entries.has(c.id) && (c.context.length === 0 || c.context.some((id) => inDoc.has(id))));
        const short = nearestContextual(shortForms, all, tokens[i].start);
        if (short) {
          push(make(short.id, 'contextual', i + 4, i + 5, s.index, 0.7));
          i += 4;
          continue;
        }
      }

      // group phrases: the pair just named
      const phrases = groupPhrasesAt(lex, lower, tokens[i + 1]?.lower);
      const group = phrases.length === 0 ? undefined : phrases.find((g) => g.every((w, k) => tokens[i + k]?.lower === w) && i + g.length <= s.tokenEnd);
      // a bare "both" or "the two" refers back only before a verb ("the two agreed"), not before a noun ("the two chief negotiators")
      const bare = group && (group.length === 1 || (group.length === 2 && group[1] === 'two'));
      // ("the two Gulf states": a head noun of states after modifiers still makes the pair)
      const statesAhead = bare && group.length === 2 && [2, 3, 4].some((d) => lex.stateHeads.has(tokens[i + d]?.lower ?? '') && tokens.slice(i + 2, i + d).every((t) => t.upper));
      if (group && !(bare && !statesAhead && !bareBothRefers(tokens, i, i + group.length, s.tokenStart))) {
        const people = group[group.length - 1] === 'leaders';
        // ("both governments", "the two countries": states only, not "Peruvian Sukhoi fighter-bombers")
        const statesOnly = lex.stateGroupHeads.has(group[group.length - 1]);
        // "mediated between the two delegations": the sides were named before this sentence, not its own subject
        // (so are "talks with both sides" after "Turkey and the UN brokered the arrangement": not the mediators themselves)
        const earlier = tokens[i - 1]?.lower === 'between' || tokens[i - 1]?.lower === 'with';
        const fits = (m: Mention) => m.actor && (!earlier || m.sentence < s.index) && (people ? typeOf(m.id) === 'person' : statesOnly ? typeOf(m.id) === 'country' : GROUP_TYPES.has(typeOf(m.id) ?? ''));
        // "the three leaders": the three named together last
        const pair = group.includes('three') ? lastCoordinated(all, tokens, tokens[i].start, s.index, fits, 3) : lastPair(all, tokens, tokens[i].start, s.index, fits);
        if (pair) {
          const g = ++groupCounter;
          for (const id of pair) push(make(id, 'group', i, i + group.length, s.index, 0.7, { group: g }));
          i += group.length - 1;
          continue;
        }
      }

      // personal pronouns, and "his government" -> the person's state
      const gender = lex.pronouns.get(lower);
      // "his South Korean counterpart Kang": a determiner of a titled name, not a mention of its own
      if (gender && titleStarts.has(i + 1)) continue;
      if (gender) {
        const ante = before(tokens[i].start, s.index, (m) => typeOf(m.id) === 'person' && m.actor && (genderOf(m.id) ?? gender) === gender);
        if (ante) {
          const head = tokens[i + 1]?.lower;
          if ((lower === 'his' || lower === 'her') && head && lex.possessiveHeads.has(head)) {
            const state = stateOf(ante.id);
            if (state) { push(make(state, 'pronoun', i, i + 2, s.index, 0.7)); i++; continue; }
          }
          push(make(ante.id, 'pronoun', i, i + 1, s.index, 0.75));
        }
        continue;
      }

      // "China said it was imposing sanctions", "Russia ... its forces": the state or body named last
      // "it" is resolved in subject position only ("said it would", "and it imposed"); an object "it" is mostly a thing
      let p = i - 1;
      while (p >= s.tokenStart && TIME_WORDS.has(tokens[p].lower)) p--; // "said Friday it"
      // "Guyana, which it described as an ally": "it" after a relative pronoun is its clause's subject, and not the antecedent
      const afterRelative = lower === 'it' && /^(which|whom)$/.test(tokens[p]?.lower ?? '');
      const antecedentEnd = afterRelative ? (tokens[p - 1]?.text === ',' ? p - 1 : p) : -1;
      const subjectPosition = p < s.tokenStart || SUBJECT_OPENERS.has(tokens[p].lower) || afterRelative;
      if ((lower === 'its' || (lower === 'it' && subjectPosition)) && !isExpletive(tokens, i, lex.subjectPredicates)) {
        // (the antecedent's noun phrase: "the Philippine vessels, which it accused")
        const inAntecedent = (m: Mention) => antecedentEnd >= 0 && m.tokenEnd <= antecedentEnd && m.tokenEnd >= antecedentEnd - 2
          && tokens.slice(m.tokenEnd, antecedentEnd).every((t) => t.kind === 0 && !t.upper);
        const fits = (m: Mention) => m.actor && !m.locative && m.kind !== 'group' && GROUP_TYPES.has(typeOf(m.id) ?? '') && !inAntecedent(m);
        // "It has frozen the assets ...": a sentence that opens with "It" continues the previous sentence's subject
        // ("India, which lost soldiers fighting the Tigers, said it welcomed the accord": the subject of "said" in this sentence)
        const speaker = lower === 'it' && lex.sayingVerbs.has(tokens[p]?.lower ?? '') ? all.find((m) => m.sentence === s.index && m.start < tokens[i].start && fits(m)) : undefined;
        const opener = i === s.tokenStart ? all.find((m) => m.sentence === s.index - 1 && fits(m)) : speaker;
        // "The United States is its largest funder": "its" after a copula is not the copula's subject
        // (the sentence's first actor: "The United States, which pushed for the mission, is its largest funder")
        const copulaSubject = lower === 'its' && lex.copulas.has(tokens[i - 1]?.lower ?? '') ? all.find((m) => m.sentence === s.index && m.start < tokens[i].start && fits(m))
          // ("said Russia posed a direct threat to its independence": the one posing the threat is not the one it threatens)
          : lower === 'its' && threatTo(tokens, i, lex.threatNouns) ? before(tokens[i].start, s.index, (m) => fits(m) && m.sentence === s.index) : undefined;
        // ("Hungary, which has close ties with the Kremlin, had threatened ... and dropped its objections": not a name in a closed
        // aside, unless the subject itself is ruled out: "The United States, which pushed for the mission, is its largest funder")
        const ante = opener ?? before(tokens[i].start, s.index, (m) => fits(m) && m.sentence >= s.index - 1 && m !== copulaSubject && (copulaSubject !== undefined || !inRelativeAside(tokens, m.tokenStart, m.tokenEnd, i, s.tokenStart)));
        if (ante) push(make(ante.id, 'pronoun', i, i + 1, s.index, 0.65));
        continue;
      }

      // "Esper and Stoltenberg ... reaffirming their support": the pair named last
      if (lower === 'they' || lower === 'their' || lower === 'them') {
        // "The Houthis ... have fired drones, saying they ...": a group named in the plural opened the sentence
        const opener = all.find((m) => m.sentence === s.index && m.start < tokens[i].start && m.actor && !m.locative);
        // ("Palestinian leaders said they would ...": a nationality word heading a plural noun of people)
        // (or a domestic group: "French farmers said they would blockade Paris")
        // ("Palestinian suicide bombers": one modifier may come between)
        const headAt = opener ? [opener.tokenEnd, opener.tokenEnd + 1].find((k) => lex.actorNouns.has(tokens[k]?.lower ?? '') && /s$/.test(tokens[k].lower)) : undefined;
        const people = ((opener?.kind === 'demonym' || opener?.kind === 'adjective') && headAt !== undefined && !tokens[opener.tokenEnd].upper)
          || (opener?.kind === 'unknown' && typeOf(opener.id) === 'organization' && /s$/.test(tokens[opener.tokenEnd - 1].lower));
        if (opener && (people || ((opener.kind === 'name' || opener.kind === 'contextual') && /s$/.test(tokens[opener.tokenEnd - 1].text) && GROUP_TYPES.has(typeOf(opener.id) ?? '') && typeOf(opener.id) !== 'country'))) {
          push(make(opener.id, 'pronoun', i, i + 1, s.index, 0.6));
          continue;
        }
        // "Militants loyal to al-Zarqawi said they ...": the one a sentence-opening plural noun follows
        const leader = followedAtOpening(all, tokens, s.tokenStart, i, lex.followerPhrases, (m) => m.actor && !m.locative && typeOf(m.id) !== 'country');
        if (leader) {
          push(make(leader.id, 'pronoun', i, i + 1, s.index, 0.55));
          continue;
        }
        // "... to pull its troops out of southern Lebanon, where they have been fighting": the forces named last
        const forces = forceOwnerBefore(all, tokens, i, s.tokenStart, lex, (m) => typeOf(m.id) === 'region');
        if (forces) {
          push(make(forces.id, 'pronoun', i, i + 1, s.index, 0.6));
          continue;
        }
        const pair = lastPair(all, tokens, tokens[i].start, s.index, (m) => m.actor && !m.locative && m.sentence >= s.index - 1, true);
        if (pair) {
          const g = ++groupCounter;
          for (const id of pair) push(make(id, 'group', i, i + 1, s.index, 0.6, { group: g }));
        }
        continue;
      }

      // "Niger's ruling junta ... the junta's growing ties": the state whose junta or regime was named before
      if (lower === 'the' && lex.rulingNouns.has(tokens[i + 1]?.lower ?? '')) {
        const noun = tokens[i + 1].lower;
        // (named anywhere before: a story names its junta once in the lead)
        let ruled: Mention | undefined;
        for (let k = all.length - 1; k >= 0 && !ruled; k--) {
          const m = all[k];
          if (m.start < tokens[i].start && typeOf(m.id) === 'country' && m.kind !== 'group' && m.kind !== 'pronoun'
            && [1, 2, 3].some((d) => tokens[m.tokenEnd + d - 1]?.lower === noun && tokens.slice(m.tokenEnd, m.tokenEnd + d - 1).every((t) => RULING_MODIFIERS.has(t.lower)))) ruled = m;
        }
        if (ruled) {
          push(make(ruled.id, 'contextual', i, i + 2, s.index, 0.6));
          i++;
          continue;
        }
      }

      // "In Belgrade, the government declared ...": a governing noun right after an opening place phrase is that place's state
      if (lower === 'the' && lex.governingNouns.has(tokens[i + 1]?.lower ?? '') && i - 3 >= s.tokenStart && tokens[i - 1].text === ',') {
        const opening = all.find((m) => m.sentence === s.index && m.tokenEnd === i - 1 && m.tokenStart === s.tokenStart + 1 && tokens[s.tokenStart].lower === 'in'
          && typeOf(m.id) === 'country' && (m.kind === 'capital' || m.kind === 'name'));
        if (opening) {
          push(make(opening.id, 'contextual', i, i + 2, s.index, 0.7));
          i++;
          continue;
        }
      }

      // "the country", "the nation": the state named last, in this sentence or the one before
      if (lower === 'the' && lex.stateNouns.has(tokens[i + 1]?.lower ?? '') && i + 2 <= s.tokenEnd && tokens[i + 2]?.lower !== 'of') {
        // "The United States, which has 1,100 soldiers in the country": a place named after "in" is not the clause's own subject
        const locativeUse = i > s.tokenStart && lex.locative.has(tokens[i - 1].lower);
        // ("French troops based in the country": the country is not the one whose forces are there)
        // ("allowed U.S. military personnel and civilians to operate in the country": a nationality word heading people sent there)
        const forcesBefore = locativeUse ? all.find((m) => m.sentence === s.index && m.tokenEnd <= i - 1
          && ((m.kind === 'force' && m.tokenEnd >= i - 4)
            || (m.tokenEnd >= i - 12 && (lex.deployedPeople.has(tokens[m.tokenEnd]?.lower ?? '') || lex.deployedPeople.has(tokens[m.tokenEnd + 1]?.lower ?? ''))))) : undefined;
        const opener = forcesBefore ?? (locativeUse ? all.find((m) => m.sentence === s.index && m.actor && m.start < tokens[i].start) : undefined);
        // "President Kim Young-sam apologised to the nation": outside a place phrase, the state of the sentence's own leader
        const leader = locativeUse ? undefined : all.find((m) => m.sentence === s.index && m.start < tokens[i].start && typeOf(m.id) === 'person' && m.kind !== 'pronoun');
        const leaderState = leader ? stateOf(leader.id) : undefined;
        const own = leaderState ? all.find((m) => m.id === leaderState && m.start < tokens[i].start) : undefined;
        // ("1,500 troops based in Niger. Paris began ... soldiers in the country": a place phrase refers back to a state named as a place)
        const place = locativeUse ? before(tokens[i].start, s.index, (m) => typeOf(m.id) === 'country' && m.locative === true && m.kind !== 'group' && m.sentence >= s.index - 2 && m.id !== opener?.id) : undefined;
        const ante = own ?? place ?? before(tokens[i].start, s.index, (m) => typeOf(m.id) === 'country' && m.kind !== 'group' && m.sentence >= s.index - 1 && m.id !== opener?.id);
        if (ante) {
          const locative = i > s.tokenStart && lex.locative.has(tokens[i - 1].lower);
          push(make(ante.id, 'contextual', i, i + 2, s.index, 0.6, { locative }));
          i++;
        }
        continue;
      }

      // role nouns: "the secretary", "the foreign minister"
      if (lower === 'the' && roleFirstWords(gaz).has(tokens[i + 1]?.lower ?? '')) {
        for (let len = 3; len >= 1; len--) {
          const words = tokens.slice(i + 1, i + 1 + len);
          if (words.length < len || i + 1 + len > s.tokenEnd || words.some((t) => t.upper && t.text !== t.text.toUpperCase())) continue;
          const titles = gaz.roleNouns.get(words.map((t) => t.lower).join(' '));
          if (!titles) continue;
          // "the president of the United States" names another office holder, not the last one mentioned
          if (tokens[i + 1 + len]?.lower === 'of') break;
          const ante = before(tokens[i].start, s.index + 1, (m) => typeOf(m.id) === 'person' && titlesOf(m).some((t) => titles.includes(t)));
          if (ante) { push(make(ante.id, 'role-noun', i, i + 1 + len, s.index, 0.8)); i += len; }
          break;
        }
      }
    }
  }
  return added;
}
