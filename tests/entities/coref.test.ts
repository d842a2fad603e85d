/**
 * Coreference: pronouns, "his government", role nouns ("the secretary"), group phrases
 * ("the two allies", "both countries") and contextual names ("the North"). Each row is
 * annotated text (see fixtures/entities/annotated.ts); the contract must hold exactly the
 * marked mentions, a group phrase once for each entity of the pair.
 */
import { describe, expect, it } from 'vitest';
import { contractMentions, extract, parseAnnotated, spanLines } from '../fixtures/entities/annotated.js';

type Row = [annotated: string, date?: string];

function expectContract(annotated: string, date?: string): void {
  const { text, mentions } = parseAnnotated(annotated);
  const result = extract(text, date ? { date } : {});
  expect(spanLines(contractMentions(result.entities))).toEqual(spanLines(mentions));
}

describe('personal pronouns', () => {
  const rows: Row[] = [
    ['[Kerry](john-kerry) arrived. [He](john-kerry) met reporters.'],
    // a sentence opening with "He" goes on with the person the last one was about, not the one named last in it
    ['President [Jimmy Carter](jimmy-carter) said [Moscow](RUS) had put [Babrak Karmal](babrak-karmal) in power. [He](jimmy-carter) warned of a boycott.'],
    // (unless that person stood in a prepositional phrase)
    ['Asked about [Vladimir Putin](vladimir-putin), reporters laughed at [Boris Johnson](boris-johnson). [He](boris-johnson) smiled.'],
    ['Chancellor [Angela Merkel](angela-merkel) arrived. [She](angela-merkel) met reporters.'],
    ['[Kerry](john-kerry) met [Merkel](angela-merkel). [She](angela-merkel) said [he](john-kerry) was welcome.'],
    ['President [Park Geun-hye](park-geun-hye) met [Kerry](john-kerry). [She](park-geun-hye) thanked [him](john-kerry).'],
    ['[Kerry](john-kerry) said [his](john-kerry) trip went well.'],
    ['General [Tarik Osmanov](tarik-osmanov) said [he](tarik-osmanov) would resign.'],
    ['[Kerry](john-kerry) arrived. Markets fell. Prices rose. Rain fell. Snow fell. He left.'],
    ['He left early, and she stayed.'],
    ['[Kerry](john-kerry) arrived. She left.'],
    // "Their spokesman": an officer of the armed group named last, not of one in a closed relative aside
    ['The [Shebab](al-shabaab) denied it. [The militants](al-shabaab), who are linked to [Al-Qaeda](al-qaeda), vowed revenge. [Their](al-shabaab) spokesman spoke.'],
    // "the army" after a state's army was named
    ["[Sudan](SDN)'s army retook the palace. [The army](SDN) said the [RSF](rsf) had fled."],
    // "its" after "a threat to" is not the one posing the threat
    // (in reported speech it is the reporter, or the state of the person who reports)
    ["[Russia](RUS) said [Finland](FIN)'s accession to [NATO](nato) posed a threat to [its](RUS) security."],
    ["[Saakashvili](mikheil-saakashvili) said [Georgia](GEO)'s economy suffered and [Russia](RUS) posed a direct threat to [its](GEO) independence."],
    // "its" is not a name inside a relative aside closed before it
    ['[Hungary](HUN), which has close ties with [the Kremlin](RUS), dropped [its](HUN) objections.'],
    // (however long the aside)
    ['[Iraq](IRQ), which buys rice and wheat on government-guaranteed credit and restored diplomatic relations with [Washington](USA) in 1984, will pay compensation, [its](IRQ) ambassador said.'],
    // a sentence opening with "Its" continues the body the last one opened with, not its possessor
    ["[Yemen](YEM)'s [Houthi movement](houthis) claimed responsibility. [Its](houthis) spokesman said more would come."],
    // "its" after a copula is not the copula's subject
    ['[Kenya](KEN) sent officers to the [Multinational Security Support mission](multinational-security-support-mission). The [United States](USA) is [its](multinational-security-support-mission) largest funder.'],
  ];
  it.each(rows)('%s', expectContract);
});

describe('"his government": the state of the speaker', () => {
  const rows: Row[] = [
    ['[U.S.](USA) Secretary of State [John Kerry](john-kerry) said [his government](USA) would help.'],
    ['Chancellor [Angela Merkel](angela-merkel) said [her government](DEU) agreed.'],
    ['[Lavrov](sergey-lavrov) said [his government](RUS) disagreed.'],
    ['Prime Minister [Shinzo Abe](shinzo-abe) said [his government](JPN) would act.'],
    ['[Putin](vladimir-putin) said [his country](RUS) would respond.'],
    // "whose country" after a person and a comma: the person's state
    ['"Enough," said [Rabin](yitzhak-rabin), [whose country](ISR) relies on [the United States](USA).', '1993-09-13'],
    ['[Kerry](john-kerry) said [his government](USA) would help.', '2015-06-01'],
    // "his forces": the forces of the state or the body the person leads
    ["[Tigray People's Liberation Front](tplf) ([TPLF](tplf)) leader [Debretsion Gebremichael](debretsion-gebremichael) said [his](tplf) forces had targeted the airport.", '2020-11-15'],
    ['[Putin](vladimir-putin) said [his troops](RUS) would stay.', '2022-02-24'],
  ];
  it.each(rows)('%s', expectContract);
});

describe('role nouns', () => {
  const rows: Row[] = [
    ['Secretary of State [John Kerry](john-kerry) arrived. [The secretary](john-kerry) met reporters.'],
    ['[Kerry](john-kerry) arrived. Later [the secretary](john-kerry) left.'],
    ['[Kerry](john-kerry) met [Lavrov](sergey-lavrov). [The minister](sergey-lavrov) said [his government](RUS) disagreed.'],
    ['President [Park Geun-hye](park-geun-hye) met [Kerry](john-kerry). [The president](park-geun-hye) said [she](park-geun-hye) was pleased.'],
    ['Chancellor [Angela Merkel](angela-merkel) met [Kerry](john-kerry). [The chancellor](angela-merkel) said [her government](DEU) agreed.'],
    ['[Russian](RUS) Foreign Minister [Sergei Lavrov](sergey-lavrov) arrived. [The foreign minister](sergey-lavrov) spoke first.'],
    ['Defense Secretary [Chuck Hagel](chuck-hagel) landed. [The secretary](chuck-hagel) toured the base.'],
    ['Secretary of State [John Kerry](john-kerry) met Foreign Minister [Wang Yi](wang-yi). [The minister](wang-yi) said [the secretary](john-kerry) was late.'],
    ['The minister left, and the secretary stayed.'],
  ];
  it.each(rows)('%s', expectContract);

  // "the president of the United States" is not the Korean president named before.
  it('"the president of" another state does not refer back to the last president', () => {
    const text = 'President Park Geun-hye met Kerry. She said the president of the United States was welcome.';
    const park = extract(text).entities.find((e) => e.id === 'park-geun-hye');
    expect(park?.mentions.map((m) => m.text)).not.toContain('the president');
  });
});

describe('group phrases: the pair just named', () => {
  const rows: Row[] = [
    ['[South Korea](KOR) and [Japan](JPN) are allies. [The two allies](KOR,JPN) met.'],
    ['[China](CHN) and [Russia](RUS) signed a deal. [Both countries](CHN,RUS) hailed it.'],
    // (modifiers of any case between "both" and a head noun of states)
    ['[Kyrgyzstan](KGZ) and [Tajikistan](TJK) agreed on a ceasefire. [Both](KGZ,TJK) former [Soviet](SUN) republics are allies of [Moscow](RUS).'],
    ['[China](CHN) and [Russia](RUS) met. [The two sides](CHN,RUS) agreed on a plan.'],
    ['[Seoul](KOR) and [Tokyo](JPN), [both](KOR,JPN) already equipped with reactors, may go nuclear.'],
    ['[Obama](barack-obama) and [Putin](vladimir-putin) talked. [The two leaders](barack-obama,vladimir-putin) agreed.'],
    ['[India](IND) and [Pakistan](PAK) clashed. [The two neighbours](IND,PAK) traded fire.'],
    ['[Germany](DEU) welcomed the deal between [Serbia](SRB) and [Kosovo](UNK). [The two sides](SRB,UNK) will meet again.'],
    ['[Germany](DEU) and [France](FRA) agreed. [The two countries](DEU,FRA) signed.'],
    ['The two sides met without result.'],
    // a title before the second name is part of the join
    ['[U.S.](USA) Defense Secretary [Mark Esper](mark-esper) and NATO Secretary-General [Jens Stoltenberg](jens-stoltenberg) met reporters and restated [their](mark-esper,jens-stoltenberg) support.', '2020-02-29'],
    // the last two of a longer list are no pair
    ['The [United States](USA), [Britain](GBR) and [France](FRA) froze assets, and the [European Community](european-community) banned imports from both countries.'],
    // a pair named as agents after "by" is seldom the pair the story goes on about
    ['[Pakistan](PAK) and [Afghanistan](AFG) agreed to a truce after talks mediated by [Qatar](QAT) and [Turkey](TUR). [The neighbours](PAK,AFG) will meet again in [Istanbul](istanbul~@).'],
    // a title phrase between "and" and the second name is part of the join, and a name named after the pair is not in it
    ['[Cambodian](KHM) Prime Minister [Hun Manet](hun-manet) and [Thailand](THA)\'s acting prime minister, [Phumtham Wechayachai](phumtham-wechayachai), met at the residence of [Anwar Ibrahim](anwar-ibrahim). Standing between [the two leaders](hun-manet,phumtham-wechayachai), the host spoke.'],
    // a possessor after a lone comma opens an apposition: "the SDF, Washington's partner" is no pair
    ['[Turkey](TUR) and [Syria](SYR) clashed. The [SDF](sdf), [Washington](USA)\'s partner, stayed out. [Both sides](TUR,SYR) must stop.'],
  ];
  it.each(rows)('%s', expectContract);
});

describe('the head noun of a body named before', () => {
  const rows: Row[] = [
    ['[Kenya](KEN) sent officers to the [Multinational Security Support mission](multinational-security-support-mission). The [United States](USA) pushed for [the mission](multinational-security-support-mission).'],
    ['Armed groups joined forces under a coalition called [Viv Ansanm](viv-ansanm). [The coalition](viv-ansanm)\'s leader spoke.'],
    // capitalised too; and "they" after a plural body opening the sentence, "said it" the sentence's subject
    ['The [Tamil Tigers](ltte) signed. [The Tigers](ltte) remain outlawed, and [they](ltte) are banned in [India](IND~@).'],
    // "they" after a body's name and its people opening the sentence
    ['[European Union](eu) leaders said the sanctions [they](eu) have imposed on [Russia](RUS) would stay.'],
    ['[India](IND), which lost soldiers fighting [the Tamil Tigers](ltte), said [it](IND) welcomed the accord.'],
    // after ", saying" a subject "he" is the one who says, not the person named last; after "said" it is the sayer
    ['President [Hugo Chavez](hugo-chavez) gave [the U.S.](USA) ambassador, [Patrick Duddy](patrick-duddy), 72 hours to leave, saying [he](hugo-chavez) was acting in solidarity with [Bolivia](BOL).', '2008-09-12'],
    ['[Boris Yeltsin](boris-yeltsin) denounced the strikes, while [Tony Blair](tony-blair) said [he](tony-blair) backed them.', '1998-08-21'],
    // after ", and" a subject "it" goes on with the sentence's own subject, not the last state named
    ['[Washington](USA) is working with [Pakistan](PAK) to hunt fighters who fled [Afghanistan](AFG), and [it](USA) has given [Islamabad](PAK) aid.'],
    // not before the body is named, nor when "of" names another one
    ['The mission was delayed. [Kenya](KEN) leads the [Multinational Security Support mission](multinational-security-support-mission).'],
    ['[Kenya](KEN) leads the [Multinational Security Support mission](multinational-security-support-mission). The mission of [the UN](un) is another.'],
    // a place too, which stays a place
    ['[Kyrgyzstan](KGZ) voted to close the [Manas air base](manas-air-base~@). The [American servicemen](USA) at [the base](manas-air-base~@) will leave.'],
  ];
  it.each(rows)('%s', expectContract);
});

describe('contextual names', () => {
  const rows: Row[] = [
    ['[South Korea](KOR) and [North Korea](PRK) met. [The North](PRK) said [the South](KOR) lied.'],
    ['[Japan](JPN) and [China](CHN) met. The North was not invited.'],
    ['[NATO](nato) met. [The alliance](nato) agreed.'],
    ['The [EU](eu) imposed sanctions. [The bloc](eu) said more would follow.'],
    ["[Seoul](KOR) warned that [Pyongyang](PRK)'s regime is isolated."],
    ['[South Korea](KOR) pays for [American forces](usfk) on [the peninsula](korean-peninsula).'],
    ['[Taiwan](TWN) held drills. [The island](TWN) is ready.'],
    ['[Hamas](hamas) fired rockets. [The group](hamas) said more would come.'],
    ['Talks on [the Korean peninsula](korean-peninsula) resumed.'],
    // "the capital": the capital of the state named last
    ['[South African commandos](ZAF) crossed into [Botswana](BWA@) and attacked houses in [the capital](BWA@).'],
    // a leader's name before "administration" is the government of the leader's state, which "its" then goes back to
    ['The [African National Congress](african-national-congress) denied it. The [Reagan administration](USA) recalled [its](USA) ambassador.', '1985-06-15'],
    // "the country": the state named last, a capital named as a venue passed over
    ['The [Organization of American States](oas) suspended [Honduras](HND). [Its](oas) members met in [Washington](USA) to suspend [the country](HND).'],
    ['[American troops](USA) came ashore in [Haiti](HTI) under an agreement with [the country](HTI)\'s military rulers.'],
    // nor is the country forces invade their own
    ['Fighting spread across [Panama](PAN@) after 24,000 [U.S.](USA) soldiers invaded [the country](PAN).'],
    // the state of that kind named last: an emirate, a kingdom, an island
    ['[Iraq](IRQ) invaded [Kuwait](KWT). [Its](IRQ) tanks seized [the emirate](KWT) in hours.'],
    ['[Cuba](CUB) shot down two planes. [Washington](USA) tightened the embargo on [the island](CUB).'],
    // a fixed pair of states by its own name
    ['Talks between [the two Koreas](KOR,PRK) resumed. [Two Koreas](KOR,PRK) strike deal.', '2015-08-25'],
    // "its" in an apposition is not the name the apposition describes
    ['[Russia](RUS) moved weapons to [Belarus](BLR), [its](RUS) closest ally.'],
    // an object "it" is not its own verb's subject, and the object of a verb of reacting is an act, not a state
    ['[Iran](IRN) seized a tanker. [Britain](GBR) accused [it](IRN) of piracy, and [Egypt](EGY) condemned it as an act of war.'],
    // the island state named last, among the Caribbean's islands too
    ['[Cubans](CUB) resist at the airport. [U.S.](USA) troops landed on [Grenada](GRD), seizing [the island](GRD)\'s airports.', '1983-10-25'],
    // ("the island of ...": the name after "of" says which)
    ['[Cuba](CUB) protested. The island of [Hainan](hainan) was quiet.'],
  ];
  it.each(rows)('%s', expectContract);
});
