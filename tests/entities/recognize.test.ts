/**
 * Recognition over tokens: longest match, case rules, possessives, hyphens, titles,
 * capitals as actors or places, demonyms and adjectives, metonyms, organizations,
 * armed groups and regions. Each row is annotated text (see fixtures/entities/annotated.ts);
 * the entity stage must find exactly the marked mentions, with their actor and place flags.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, contractMentions, extract, flaggedLines, parseAnnotated, spanLines } from '../fixtures/entities/annotated.js';
import { loadDocumentFile } from '../../src/corpus/load.js';
import { extractDocument } from '../../src/pipeline.js';
import { loadCatalog } from '../../src/entities/catalog/load.js';

type Row = [annotated: string, date?: string];

function expectExactly(annotated: string, date?: string): void {
  const { text, mentions: expected } = parseAnnotated(annotated);
  const { mentions } = analyze(text, date);
  expect(flaggedLines(mentions)).toEqual(flaggedLines(expected));
}

describe('longest match over tokens', () => {
  const rows: Row[] = [
    ['[South Korea](KOR) and [North Korea](PRK) held talks.'],
    ['The [United Nations Security Council](unsc) met on Monday.'],
    ['The [UN Security Council](unsc) condemned the launch.'],
    ['Officials of [the United Nations](un) and [the Security Council](unsc) disagreed.'],
    ['[South Sudan](SSD) and [Sudan](SDN) traded accusations.'],
    ['Ships entered [the South China Sea](south-china-sea) while [China](CHN) watched.'],
    ['The [East China Sea](east-china-sea) dispute flared again.'],
    ['[United Arab Emirates](ARE) officials met [New Zealand](NZL) diplomats.'],
    ['[US Forces Korea](usfk) said the drills would go ahead.'],
    ["The [Democratic People's Republic of Korea](PRK) rejected the offer."],
    ['[Islamic State Khorasan](isis-k) claimed the attack, not [Islamic State](isis).'],
    ['The [European Union](eu) and [the European Commission](european-commission) disagreed.'],
    ['The [Japan Self-Defense Forces](jsdf) and [the PLA](pla) drilled separately.'],
    ['[the Republic of Korea](KOR) and [Japan](JPN) signed it.'],
  ];
  it.each(rows)('%s', expectExactly);
});

describe('case rules', () => {
  const rows: Row[] = [
    // ("they" after the forces is those forces: the state that owns them)
    ['[US](USA) forces left, and let us hope [they](USA) return.'],
    ['Give us time, [US](USA) officials said.'],
    ['[WHO](who) said nobody knows who will pay.'],
    ['who said the [WHO](who) was late?'],
    // an acronym's first letter as written is not enough: the rest must be capitals too
    ['Who said the [WHO](who) was late?'],
    // an all-caps headline may write a name that starts in lower case
    ['[AL-SHABAAB](al-shabaab) CLAIMS ATTACK'],
    ['He bought china plates and a turkey for the feast.'],
    ['Officials in [Turkey](TUR@) cooked turkey.'],
    ['IT firms hired staff in [India](IND@).'],
    ['The [U.S.](USA) and [the UK](GBR) agreed.'],
    ['[CHINA](CHN) WARNS [JAPAN](JPN) OVER ISLANDS'],
    ['Ships crossed [the Korean peninsula](korean-peninsula) waters.'],
    ['[Georgia](GEO) protested the visit.'],
    // product names before their plural noun name things, not actors; and no office's name is a person
    ['The [American](USA) package pays for 60 Black Hawk and Huey helicopters.'],
    ["He met [Iran](IRN)'s Minister of Roads and Urban Development."],
    ['Troops entered the town of [Cizre](cizre~@).'],
    // an organisation's head word keeps its own "for the ... of" phrase; "and the" starts another name
    ['The [Front for the Liberation of Mozambique](front-for-the-liberation-of-mozambique) and the [Movement for Democratic Change](movement-for-democratic-change) met.'],
  ];
  it.each(rows)('%s', expectExactly);

  // Every alias is a form of its own: the all-caps "NATO" must not hide the written "Nato".
  it('[NATO](nato) and [Nato](nato) are both written.', () => expectExactly('[NATO](nato) and [Nato](nato) are both written.'));
});

describe('possessives', () => {
  const rows: Row[] = [
    ["[Japan](JPN)'s navy sailed south."],
    ['[China](CHN)’s foreign ministry protested.'],
    ["Officials welcomed [the Kremlin](RUS)'s response."],
    ["[NATO](nato)'s members met in [Brussels](BEL~@)."],
    ["[Kerry](john-kerry)'s remarks drew attention."],
    ["[Seoul](KOR)'s decision angered [Pyongyang](PRK)."],
    ["[South Korea](KOR)'s agreement covers five years."],
  ];
  it.each(rows)('%s', expectExactly);
});

describe('typographic apostrophes inside names', () => {
  // news copy writes ’ where the catalog writes ': the name must link the same either way
  const rows: Row[] = [
    ['The [Democratic People’s Republic of Korea](PRK) condemned [Japan](JPN).'],
    ["The [Democratic People's Republic of Korea](PRK) condemned [Japan](JPN)."],
    ['The [People’s Republic of China](CHN) condemned [Japan](JPN).'],
    ['The [People’s Liberation Army](pla) sailed near [Taiwan](TWN@).'],
    ['[Mali](MLI) and [Côte d’Ivoire](CIV) signed a trade deal.'],
  ];
  it.each(rows)('%s', expectExactly);
});

describe('hyphenated forms', () => {
  const rows: Row[] = [
    ['The [U.S.](USA)-[South Korea](KOR) alliance is strong.'],
    ['The [U.S.](USA~)-led operation struck at dawn.'],
    ['[NATO](nato~)-member [Norway](NOR) joined the drills.'],
    ['[Iran](IRN~)-backed [Houthis](houthis) fired drones.'],
    ['[China](CHN)-[Japan](JPN) talks resumed.'],
    ['Most residents are [Russian](RUS~)-speaking.'],
    ['Clashes followed pro-[Russian](RUS~) rallies.'],
    // a hyphenated modifier ends an unknown run: the catalog name after it is found
    ['He fought the Kurdish-led [Syrian Democratic Forces](sdf).'],
    // a stance prefix makes a name no actor: whoever holds the stance acts
    ['The envoy was attacked by pro-[Kremlin](RUS~) youth activists.'],
    ['Thousands joined an anti-[NATO](nato~) rally.'],
  ];
  it.each(rows)('%s', expectExactly);

  // A capitalised "Pro-" at the start of a sentence is a prefix, not a person's name.
  it('Pro-[Russian](RUS~) rallies spread.', () => expectExactly('Pro-[Russian](RUS~) rallies spread.'));
});

describe('titles before names', () => {
  const rows: Row[] = [
    ['Secretary of State [John Kerry](john-kerry) arrived.'],
    ['[U.S.](USA~) Secretary of State [John Kerry](john-kerry) arrived.'],
    ['[Russian](RUS~) Foreign Minister [Sergei Lavrov](sergey-lavrov) arrived.'],
    ['[Chinese](CHN~) President [Xi Jinping](xi-jinping) arrived.'],
    ['[German](DEU~) Chancellor [Angela Merkel](angela-merkel) arrived.'],
    ['[Japanese](JPN~) Prime Minister [Abe](shinzo-abe) arrived.'],
    ['[South Korean](KOR~) President [Park Geun-hye](park-geun-hye) arrived.'],
    ['UN Secretary-General [Ban Ki-moon](ban-ki-moon) arrived.', '2010-05-01'],
    ['President [Bush](george-w-bush) ordered the strike.', '2003-03-20'],
    ['President [Bush](george-h-w-bush) ordered the strike.', '1991-01-17'],
    ['President [Clinton](bill-clinton) signed the bill.', '1996-02-08'],
    ['Secretary [Clinton](hillary-clinton) flew home.', '2010-06-01'],
  ];
  it.each(rows)('%s', expectExactly);

  it.each([
    ['Russian Foreign Minister Sergei Lavrov arrived.', 'sergey-lavrov', 'Foreign Minister', 'RUS'],
    ['U.S. Secretary of State John Kerry arrived.', 'john-kerry', 'Secretary of State', 'USA'],
    ['Secretary of State John Kerry arrived.', 'john-kerry', 'Secretary of State', undefined],
    ['Chinese President Xi Jinping arrived.', 'xi-jinping', 'President', 'CHN'],
  ])('%s: the title and the state it belongs to', (text, id, title, of) => {
    const person = analyze(text).analysis.mentions.find((m) => m.id === id);
    expect(person).toMatchObject({ title, actor: true });
    expect(person?.titleOf).toBe(of);
  });

  // Chinese family names come first: "Wang" is Wang Yi's surname, not "Yi".
  it('Foreign Minister [Wang](wang-yi) met reporters. (2015)', () =>
    expectExactly('Foreign Minister [Wang](wang-yi) met reporters.', '2015-06-01'));
});

describe('capitals: actors or places', () => {
  const rows: Row[] = [
    ['[Seoul](KOR) and [Tokyo](JPN) may seek to go nuclear.'],
    ['Talks were held in [Seoul](KOR~@).'],
    ['[Beijing](CHN) protested the talks in [Tokyo](JPN~@).'],
    ['[Moscow](RUS) denied the report.'],
    ['Diplomats gathered in [Washington](USA~@) on Friday.'],
    ['He lives near [Kyiv](UKR~@) with his family.'],
    ['[Washington](USA) and [Seoul](KOR) agreed on cost sharing.'],
    ['Envoys met at [Pyongyang](PRK~@) airport.'],
    ['Officials inside [Tehran](IRN~@) were angry with [Riyadh](SAU).'],
    // a city naming a treaty or a meeting is no actor; a city's university still stands for its state
    ['[Washington](USA) condemned any violation of the [Vienna](AUT~) Convention and the [Minsk](BLR~) Agreement.'],
    ['Doctors delivered goods to [Baghdad](IRQ) University.'],
  ];
  it.each(rows)('%s', expectExactly);
});

describe('demonyms and adjectives with actor nouns', () => {
  const rows: Row[] = [
    ['Discussions focused on what the [Chinese](CHN) can do.'],
    ['[South Koreans](KOR) are now making the largest contribution.'],
    ['[Americans](USA) voted in large numbers.'],
    ['Then the [British](GBR) objected.'],
    ['A [South Korean](KOR~) tourist was hurt.'],
    ['[Chinese](CHN) leaders met [Japanese](JPN) officials.'],
    ['[Chinese](CHN~) food is popular.'],
    ['[Russian troops](RUS) massed near the border.'],
    ['[American troops](usfj) in [Japan](JPN@) trained.'],
    ['The stationing of [American forces](usfk) in [South Korea](KOR@) costs money.'],
    ['[American forces](USA) left the region.'],
    ['[Iranian](IRN) diplomats walked out.'],
  ];
  it.each(rows)('%s', expectExactly);

  // USFK stands on the Korean Peninsula: the peninsula alone, without South Korea in view, is its host too.
  it('[American forces](usfk) on [the peninsula](korean-peninsula), two sentences after North Korea', () =>
    expectExactly('[North Korea](PRK) tested a missile. Markets fell. [American forces](usfk) on [the peninsula](korean-peninsula) were put on alert.'));

  // A sentence-initial word before a nationality is no name: "Several Chinese" is not a person.
  it('Several [Chinese warships](CHN) sailed.', () => expectExactly('Several [Chinese warships](CHN) sailed.'));
});

describe('government metonyms', () => {
  const rows: Row[] = [
    ['The [White House](USA) said the talks would continue.'],
    ['The [Kremlin](RUS) rejected the claim.'],
    // a facility named after a person is no person
    ['Troops crossed the King Fahd Causeway into [Bahrain](BHR).'],
    ['Speedboats attacked the Mubarak oil platform.'],
    ['The [Blue House](KOR) welcomed the move.'],
    ['[Downing Street](GBR) said no decision was made.'],
    ['The [Obama administration](USA) often calls it a linchpin.'],
    ['A spokesman for [the Trump administration](USA) declined to comment.', '2018-05-01'],
    ['The [Pentagon](us-department-of-defense) and [the State Department](us-department-of-state) disagreed.'],
    ['[Zhongnanhai](CHN) and [Whitehall](GBR) both stayed silent.'],
    // a seat named in a story about the state it was the seat of, while that state lasted; and the government of an opening place phrase
    ['[NATO](nato) bombed [Yugoslavia](YUG). In [Belgrade](YUG~@), [the government](YUG) broke off relations with [Britain](GBR).', '1999-03-25'],
    ['[Yugoslavia](YUG) is long gone. [Belgrade](SRB) recalled [its](SRB) envoy.', '2008-02-18'],
    // the Soviet Union's seat is the Soviet Union in any story before its end, named or not
    ['[Moscow](SUN) protested to [Washington](USA).', '1983-09-02'],
    ['[Moscow](RUS) protested to [Washington](USA).', '1993-09-02'],
  ];
  it.each(rows)('%s', expectExactly);
});

describe('organizations, armed groups, armed forces and regions', () => {
  const rows: Row[] = [
    ['The [IAEA](iaea) inspected the site.'],
    ['[ASEAN](asean) ministers met in [Jakarta](IDN~@).'],
    ['[Hamas](hamas) and [Hezbollah](hezbollah) praised the attack.'],
    ['[the Taliban](taliban) seized the town, [al-Qaeda](al-qaeda) said.'],
    ['The [Wagner Group](wagner-group) left.'],
    ['The [Rapid Support Forces](rsf) shelled the city.'],
    ['[Crimea](crimea) was annexed by [Russia](RUS).'],
    ['Rockets were fired from [the Gaza Strip](gaza-strip@).'],
    ['Warships sailed through [the Taiwan Strait](taiwan-strait).'],
    ['[Kashmir](kashmir) remains divided.'],
    ['The [USFK](usfk) and [the IMF](imf) both issued statements.'],
    // places the catalog lacks: a name with a place noun, and a lone name after a place noun and "at"
    ['[Kyrgyzstan](KGZ)\'s parliament voted to close the [Manas air base](manas-air-base~@). [Russia](RUS) keeps [its](RUS) own air base at [Kant](kant~@).'],
    ['Their armies have fought in the [Cenepa valley](cenepa-valley~@) since January.'],
    ['[Spanish forces](ESP) landed on the rocky islet of [Perejil](perejil~@).'],
    // an organ's bare name after a body's name is that body's organ, not the body the catalog knows by the bare name
    ['The [OAS General Assembly](oas) voted to suspend [Honduras](HND), and the [General Assembly](unga) of [the United Nations](un) condemned the coup.'],
  ];
  it.each(rows)('%s', expectExactly);
});

describe('datelines are places, never actors', () => {
  const wire = [
    'Kerry: U.S. seeking to assure allies',
    '',
    '2014/03/14 03:28',
    '',
    'By Lee Chi-dong',
    '',
    'WASHINGTON, March 13 (Yonhap) -- Seoul and Tokyo may seek to go nuclear, officials said.',
    '',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'geokg-entities-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a document with bodyStart and place: no mention inside the dateline', () => {
    const bodyStart = wire.indexOf('WASHINGTON');
    const result = extract(wire, { title: 'Kerry: U.S. seeking to assure allies', bodyStart, place: 'WASHINGTON' });
    const lines = spanLines(contractMentions(result.entities));
    expect(lines.some((l) => l.includes('"WASHINGTON"'))).toBe(false);
    expect(lines).toContain(`${wire.indexOf('Seoul')}-${wire.indexOf('Seoul') + 5} "Seoul" KOR`);
    expect(lines).toContain(`${wire.indexOf('Tokyo')}-${wire.indexOf('Tokyo') + 5} "Tokyo" JPN`);
  });

  it('a wire-copy file loaded from disk: the dateline capital is skipped, the headline is kept', () => {
    const path = join(dir, 'wire.txt');
    writeFileSync(path, wire);
    const [loaded] = loadDocumentFile(path);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const result = extractDocument(loaded.document, { catalog: loadCatalog() });
    const text = loaded.document.text;
    const dateline = text.indexOf('WASHINGTON');
    for (const m of contractMentions(result.entities)) expect(m.start < dateline || m.start > dateline + 'WASHINGTON, March 13 (Yonhap) --'.length).toBe(true);
    expect(result.entities.find((e) => e.id === 'USA')?.mentions.map((m) => m.text)).toEqual(['U.S.']);
    expect(result.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['KOR', 'JPN']));
  });

  it('an agency line without a place in the metadata is still a dateline', () => {
    const text = 'SEOUL, March 13 (Yonhap) -- Tokyo and Beijing held talks.';
    const ids = spanLines(contractMentions(extract(text).entities));
    expect(ids).toEqual(['28-33 "Tokyo" JPN', '38-45 "Beijing" CHN']);
  });

  // A document that opens with a hyphenated pair has no dateline: "U.S.-" is not "PLACE --".
  it('a text that starts with "U.S.-South Korea" keeps the U.S. mention', () => {
    const text = 'U.S.-South Korea talks resumed in Seoul.';
    expect(spanLines(contractMentions(extract(text).entities))).toEqual(['0-4 "U.S." USA', '5-16 "South Korea" KOR', '34-39 "Seoul" KOR']);
  });
});
