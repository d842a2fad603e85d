/**
 * The twelve relation types, one table each: news-like sentences, their document date,
 * the (source, type, target) triples an analyst reads as asserted, and triples that must
 * not be asserted (the reversed direction, a wrong type, a bystander). The sentences use
 * the verb, noun and multiword cues of every data/cues file.
 *
 * Rows under `knownFailures` state what the spec expects and the extractor does not
 * deliver yet; each carries the reason. They run as `it.fails` so a fix shows up.
 */
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, type RelationType } from '../../src/model.js';
import { expectAsserted, extractSentence, type Row } from './helpers.js';

interface TypeTable { rows: Row[]; knownFailures: Row[] }

const TABLE: Record<RelationType, TypeTable> = {
  alliance: {
    rows: [
      // every two of a list of signatories are allies by a mutual defence pact
      ['The military rulers of Mali, Burkina Faso and Niger signed a mutual defence pact on Saturday.', '2023-09-16', [['MLI', 'alliance', 'BFA'], ['MLI', 'alliance', 'NER'], ['BFA', 'alliance', 'NER']], []],
      // calling or describing someone as an ally is the relation; "it" after "which" is the clause's own subject
      ['Washington calls Seoul a key ally.', '2014-03-14', [['USA', 'alliance', 'KOR']], []],
      ["Britain's defence ministry said the ship would visit Guyana, which it described as a regional ally and Commonwealth partner.", '2023-12-28', [['GBR', 'alliance', 'GUY']], [['GUY', 'alliance', 'GUY']]],
      ['Washington reaffirmed its nuclear umbrella over South Korea on Tuesday.', '2014-03-14', [['USA', 'alliance', 'KOR']], [['USA', 'threat', 'KOR']]],
      ['Washington reaffirmed its commitment to extended deterrence for Seoul.', '2016-07-08', [['USA', 'alliance', 'KOR']], []],
      ['Washington pledged extended deterrence to Japan.', '2016-07-08', [['USA', 'alliance', 'JPN']], [['USA', 'support', 'JPN']]],
      ['Saudi Arabia and Pakistan signed a mutual defense pact in Riyadh.', '2025-09-17', [['SAU', 'alliance', 'PAK']], []],
      ['Poland is a close ally of the United States.', '2022-05-01', [['POL', 'alliance', 'USA']], []],
      ['Washington and Seoul are allies.', '2022-02-01', [['USA', 'alliance', 'KOR']], []],
      ['The Obama administration often characterizes the alliance with South Korea as a linchpin of regional security.', '2014-03-14', [['USA', 'alliance', 'KOR']], []],
      ['France and Britain extended a security guarantee to Poland.', '1939-04-01', [['FRA', 'alliance', 'POL'], ['GBR', 'alliance', 'POL']], [['FRA', 'alliance', 'GBR']]],
      ['Russia and North Korea formed a military alliance in June.', '2024-06-19', [['RUS', 'alliance', 'PRK']], []],
      ['Britain and Poland signed a defence treaty in Warsaw.', '2025-05-01', [['GBR', 'alliance', 'POL']], []],
      // "States" in "The United States" is part of the name, not the reporting verb "states"
      ['The United States and Japan signed a security treaty in Washington.', '1960-01-19', [['USA', 'alliance', 'JPN']], []],
      // "bound by a mutual defense treaty": the pair before the passive verb are the allies
      ['The Philippines and the United States are bound by a mutual defense treaty.', '2023-04-11', [['PHL', 'alliance', 'USA']], []],
      // "allied with" after "is" is an adjectival participle: the partner follows "with"
      ['Armenia is allied with Russia through a military bloc.', '2022-05-01', [['ARM', 'alliance', 'RUS']], []],
      // "regards X as a key ally", "Israel, Washington's closest ally", "one of Russia's closest allies", "its NATO allies",
      // "which has a mutual defence treaty with"
      ['The United States, which regards Ethiopia as a key ally in the Horn of Africa, accuses the Islamic Courts of sheltering suspects.', '2006-12-27', [['USA', 'alliance', 'ETH']], []],
      ['Kazakhstan is one of Russia\'s closest allies.', '2022-01-06', [['KAZ', 'alliance', 'RUS']], []],
      ['Scholz said Germany stood by its obligations to its NATO allies.', '2022-02-27', [['DEU', 'alliance', 'nato']], [['olaf-scholz', 'alliance', 'nato']]],
      ['Russia, which has a mutual defence treaty with Armenia and a military base in the country, stayed out of the fighting.', '2020-11-10', [['RUS', 'alliance', 'ARM']], []],
      // membership of a collective-defence organization is an alliance with it (not of a trade bloc: see affiliation)
      ['Finland formally joined NATO on Tuesday.', '2023-04-04', [['FIN', 'alliance', 'nato']], []],
    ],
    knownFailures: [],
  },
  cooperation: {
    rows: [
      // "their" exercises of a coordinated pair are joint ones; a denunciation of "the drills" criticises both
      ['Seoul and Washington began their annual Freedom Shield exercises. Pyongyang has long denounced the drills as a rehearsal for invasion.', '2025-03-10', [['KOR', 'cooperation', 'USA']], []],
      // "both close U.S. partners" in apposition: a determiner and an adjective open a noun phrase, not a verb
      ['Saudi Arabia and the United Arab Emirates, both close U.S. partners, did not comment.', '2025-06-03', [['SAU', 'cooperation', 'USA'], ['ARE', 'cooperation', 'USA']], []],
      // parties agreeing to do something together cooperate, whatever war the sentence goes on to end between others
      ['OPEC, Russia and their allies agreed on Sunday to cut oil output, ending a price war between Saudi Arabia and Russia.', '2020-04-12', [['RUS', 'cooperation', 'opec']], []],
      ['Russia and Turkey agreed to set up a joint monitoring center.', '2020-03-05', [['RUS', 'cooperation', 'TUR']], []],
      // a breakaway region that governs itself is a party as a state is
      ['Ethiopia signed a preliminary agreement with Somaliland on Monday.', '2024-01-01', [['ETH', 'cooperation', 'somaliland']], []],
      // states striking a third together cooperate; separate sanctions are not a joint act
      ['The United States and Britain bombed more than 60 targets in Yemen overnight.', '2024-01-12', [['USA', 'cooperation', 'GBR']], []],
      ['India and Japan held a joint naval drill in the Bay of Bengal.', '2022-06-10', [['IND', 'cooperation', 'JPN']], [['IND', 'attack', 'JPN']]],
      ['China and Pakistan conducted joint naval exercises in the Arabian Sea.', '2020-01-06', [['CHN', 'cooperation', 'PAK']], []],
      ['Israeli intelligence officials have shared evidence with the U.S. about al Qaeda.', '2002-09-20', [['ISR', 'cooperation', 'USA']], [['ISR', 'cooperation', 'al-qaeda']]],
      ['Zambia extradited suspected British militant Haroon Rashid Aswad to Britain on Sunday.', '2005-08-07', [['ZMB', 'cooperation', 'GBR']], []],
      ['French and Egyptian warships on Monday launched 10 days of war games in the Mediterranean Sea.', '1995-05-01', [['FRA', 'cooperation', 'EGY']], [['FRA', 'attack', 'EGY']]],
      // "the two sides" are the pair the story is about, not a pair named in a prepositional phrase
      ['The United States and Vietnam raised their relationship to a comprehensive strategic partnership on Sunday. The upgrade puts Washington on the same footing as China and Russia. The two sides agreed to work together more closely on semiconductors.', '2023-09-10', [['USA', 'cooperation', 'VNM']], [['CHN', 'cooperation', 'RUS'], ['CHN', 'negotiation', 'RUS']]],
      // agreeing to act together; a pledge of cooperation is cooperation
      ['The United States and Vietnam agreed to work together more closely on semiconductors.', '2023-09-10', [['USA', 'cooperation', 'VNM']], []],
      ['Japan and Australia pledged to deepen security ties.', '2022-10-22', [['JPN', 'cooperation', 'AUS']], []],
      // co-agents of a brokered deal or a drafted text; exercises with a named partner; a longer name after "the"
      ['The deal, brokered by the United States and France, gives Israel 60 days to withdraw.', '2024-11-27', [['USA', 'cooperation', 'FRA']], []],
      ['Resolution 1769, drafted by Britain and France, allows the force to protect civilians.', '2007-08-01', [['GBR', 'cooperation', 'FRA']], []],
      ['Earlier this month the U.S. Southern Command carried out flight exercises with Guyana\'s military.', '2023-12-28', [['southcom', 'cooperation', 'GUY']], [['USA', 'cooperation', 'GUY']]],
      // a place is no partner; an infinitive after "partners" names no partner
      ['Japan, China and 12 other Asia-Pacific countries deepened their partnership with Australia.', '2020-11-15', [['JPN', 'cooperation', 'AUS']], [['JPN', 'cooperation', 'asia-pacific']]],
      ['Germany agreed with its Western partners to exclude Russian banks from SWIFT, and France deepened its cooperation with Italy.', '2022-02-26', [['FRA', 'cooperation', 'ITA']], [['DEU', 'cooperation', 'RUS']]],
      ['Saudi Arabia and Iran restored diplomatic ties in March.', '2023-03-10', [['SAU', 'cooperation', 'IRN']], []],
      ['Egypt is cooperating with Israel on border security.', '2021-05-01', [['EGY', 'cooperation', 'ISR']], []],
      ['France worked closely with Germany on the recovery plan.', '2020-05-18', [['FRA', 'cooperation', 'DEU']], []],
      ['Israel and the United Arab Emirates normalized relations in 2020.', '2020-09-15', [['ISR', 'cooperation', 'ARE']], []],
      // a signed agreement is cooperation between the states (CAMEO 057)
      ['Argentina and Chile signed an energy agreement on Tuesday.', '2019-06-04', [['ARG', 'cooperation', 'CHL']], []],
      ['Morocco sealed a gas pipeline deal with Nigeria.', '2016-12-03', [['MAR', 'cooperation', 'NGA']], []],
      ['Britain and Italy joined forces with Japan to develop a new fighter jet.', '2022-12-09', [['GBR', 'cooperation', 'JPN'], ['ITA', 'cooperation', 'JPN']], [['GBR', 'affiliation', 'JPN']]],
      ['Japan is coordinating with Australia on maritime security.', '2018-04-27', [['JPN', 'cooperation', 'AUS']], []],
      ['Japan collaborated with Britain on the fighter jet.', '2023-07-01', [['JPN', 'cooperation', 'GBR']], []],
      ['Egypt and Saudi Arabia held a joint exercise in the Red Sea.', '2023-08-01', [['EGY', 'cooperation', 'SAU']], []],
      ['Israel established diplomatic ties with Morocco in December.', '2020-12-10', [['ISR', 'cooperation', 'MAR']], []],
      // "Russian and Chinese warships": two nationality adjectives before one noun are the pair
      ['Russian and Chinese warships conducted a joint patrol in the Sea of Japan.', '2022-05-24', [['RUS', 'cooperation', 'CHN']], []],
      // "the United States" is one name: its "States" closes no clause
      ['Vietnam and the United States upgraded ties to a comprehensive strategic partnership.', '2023-09-10', [['VNM', 'cooperation', 'USA']], []],
      // same: a name that ends in a reporting-verb form
      ['The United States and South Korea issued a joint statement after the meeting.', '2019-06-30', [['USA', 'cooperation', 'KOR']], []],
    ],
    knownFailures: [
    ],
  },
  negotiation: {
    rows: [
      // talks somewhere mediated by others: the mediators talk with both parties
      ['Pakistan and Afghanistan agreed to an immediate ceasefire on Sunday after talks in Doha mediated by Qatar and Turkey.', '2025-10-19', [['QAT', 'negotiation', 'PAK'], ['QAT', 'negotiation', 'AFG'], ['TUR', 'negotiation', 'PAK'], ['TUR', 'negotiation', 'AFG']], []],
      // raising a matter with someone is taking it up with them
      ['Trudeau said he had raised the matter directly with Prime Minister Narendra Modi on the sidelines of the G20 summit.', '2023-09-18', [['justin-trudeau', 'negotiation', 'narendra-modi']], []],
      // a broker talks with both sides, also as a hyphenated modifier ("Norwegian-brokered truce")
      ['Sri Lanka and the Tamil Tigers signed a Norwegian-brokered truce on Friday.', '2002-02-22', [['NOR', 'negotiation', 'LKA'], ['NOR', 'negotiation', 'ltte']], [['NOR', 'attack', 'LKA']]],
      ['The Qatar-brokered deal between Israel and Hamas took effect on Friday.', '2023-11-24', [['QAT', 'negotiation', 'ISR'], ['QAT', 'negotiation', 'hamas']], []],
      // a peace deal between foes is negotiation, not cooperation
      ['Sudan signed a peace agreement with South Sudan.', '2012-09-27', [['SDN', 'negotiation', 'SSD']], [['SDN', 'cooperation', 'SSD']]],
      // a nationality word before a known name heading people modifies that name
      ['Pakistan hosted Afghan Taliban officials.', '2021-11-11', [['PAK', 'negotiation', 'taliban']], [['PAK', 'negotiation', 'AFG']]],
      // sealing or clinching a deal with someone
      ['Britain clinched a trade deal with Japan.', '2020-10-23', [['GBR', 'negotiation', 'JPN']], []],
      // a state is no party to talks with its own leader; ", and Putin later" is a clause of its own
      ['Brazil\'s President Lula visited Beijing and met Xi Jinping.', '2023-04-14', [['luiz-inacio-lula-da-silva', 'negotiation', 'xi-jinping']], [['CHN', 'negotiation', 'xi-jinping']]],
      ['Putin and Xi met in Moscow, and Putin later spoke with Erdogan.', '2023-03-21', [['vladimir-putin', 'negotiation', 'recep-tayyip-erdogan']], [['xi-jinping', 'negotiation', 'recep-tayyip-erdogan']]],
      // hosts of talks between others talk with both sides, not with each other; talks hosted by a third party
      ['Iraq and Oman hosted several rounds of talks between Saudi and Iranian officials in 2021 and 2022.', '2023-03-10', [['IRQ', 'negotiation', 'SAU'], ['OMN', 'negotiation', 'IRN'], ['SAU', 'negotiation', 'IRN']], [['IRQ', 'negotiation', 'OMN']]],
      ['Saudi Arabia and Iran agreed on Friday to restore ties after talks hosted by China.', '2023-03-10', [['CHN', 'negotiation', 'SAU'], ['CHN', 'negotiation', 'IRN']], []],
      // a date between a noun and its phrase: "a warm welcome on Thursday to ..."
      ['President Francois Mitterrand gave a warm welcome on Thursday to South African leader F.W. de Klerk.', '1990-05-10', [[['francois-mitterrand', 'negotiation', 'f-w-de-klerk'], ['FRA', 'negotiation', 'ZAF']]], []],
      ['Xi Jinping met Joe Biden in Woodside, California.', '2023-11-15', [['xi-jinping', 'negotiation', 'joe-biden']], []],
      ['Donald Trump held a summit with Kim Jong-un in Singapore.', '2018-06-12', [['donald-trump', 'negotiation', 'kim-jong-un']], [['donald-trump', 'negotiation', 'SGP']]],
      ['Antony Blinken visited China in June.', '2023-06-19', [['antony-blinken', 'negotiation', 'CHN']], []],
      ['Vladimir Putin spoke by phone with Emmanuel Macron on Friday.', '2022-02-20', [['vladimir-putin', 'negotiation', 'emmanuel-macron']], []],
      ['Iran negotiated with the European Union over its nuclear program.', '2015-07-14', [['IRN', 'negotiation', 'eu']], []],
      ['Shinzo Abe flew to Washington for talks with Donald Trump.', '2017-02-10', [['shinzo-abe', 'negotiation', 'donald-trump']], []],
      ['Colombia signed a peace deal with the FARC in Bogota.', '2016-11-24', [['COL', 'negotiation', 'farc']], [['COL', 'attack', 'farc']]],
      ['Russia and Ukraine held peace talks in Istanbul.', '2022-03-29', [['RUS', 'negotiation', 'UKR']], [['RUS', 'attack', 'UKR'], ['RUS', 'negotiation', 'TUR']]],
      ['Qatar mediated between Israel and Hamas.', '2023-11-22', [['QAT', 'negotiation', 'ISR'], ['QAT', 'negotiation', 'hamas']], []],
      // "received" a person: a host receiving a visitor
      ['Kim Jong-un received Mike Pompeo in Pyongyang.', '2018-05-09', [['kim-jong-un', 'negotiation', 'mike-pompeo']], []],
    ],
    knownFailures: [
    ],
  },
  support: {
    rows: [
      // standing with someone is backing them; standing beside them at a podium is not
      ['The United States, Japan\'s only treaty ally, said it stood firmly with Tokyo.', '2026-01-06', [['USA', 'support', 'JPN']], []],
      // upgrading diplomatic ties is diplomatic cooperation (CAMEO 05), given by both sides
      ['Czechia and Albania have upgraded their diplomatic ties back up to ambassadorial level after an 18-year break.', '1995-05-10', [['CZE', 'support', 'ALB'], ['ALB', 'support', 'CZE']], []],
      // handing over medicine or aid to someone supports them
      ['Swiss doctors handed over 700 kg of medicine to the Red Crescent in Bam.', '2003-12-30', [['che-doctors', 'support', 'ifrc']], []],
      // authorising a force backs it, also in a relative clause whose subject opens with an article
      ['Kenya has promised 1,000 officers to the Multinational Security Support mission, which the U.N. Security Council authorised in October.', '2024-06-26', [['unsc', 'support', 'multinational-security-support-mission']], []],
      // establishing diplomatic relations with a state recognises it (restoring or upgrading them is cooperation only)
      ['Honduras established diplomatic relations with China on Sunday.', '2023-03-26', [['HND', 'support', 'CHN'], ['HND', 'cooperation', 'CHN']], [['CHN', 'support', 'HND']]],
      // a delivery of arms; a name before a store ("from Bundeswehr stocks") is no giver; a compound "surface-to-air" holds no "to"
      ['Berlin approved the delivery of 500 Stinger surface-to-air missiles from Bundeswehr stocks to Ukraine.', '2022-02-26', [['DEU', 'support', 'UKR']], [['bundeswehr', 'support', 'UKR']]],
      // a phrase ending in its preposition takes the name after it; the name after a relational noun is the one meant
      ['Poland sent tanks in support of Ukraine.', '2023-01-23', [['POL', 'support', 'UKR']], [['UKR', 'support', 'POL']]],
      ['Hezbollah began firing rockets at Israel on October 8, 2023 in support of its Palestinian ally Hamas.', '2024-11-27', [['hezbollah', 'support', 'hamas']], [['hezbollah', 'support', 'PSE']]],
      ["Russia, Syria's main backer, vetoed the resolution.", '2017-04-12', [['RUS', 'support', 'SYR']], [['SYR', 'support', 'RUS']]],
      ['Kiev enjoys the support of Washington.', '2014-04-01', [['USA', 'support', 'UKR']], [['UKR', 'support', 'USA']]],
      ['Britain recognized Juan Guaido as interim president.', '2019-01-28', [['GBR', 'support', 'juan-guaido']], []],
      ['Uganda has granted political asylum to 18 Rwandan rebels.', '1996-06-14', [['UGA', 'support', 'rwa-rebels']], [['rwa-rebels', 'support', 'UGA']]],
      ['Turkey\'s parliament approved Sweden\'s NATO membership on Tuesday.', '2024-01-23', [['TUR', 'support', 'SWE']], [['SWE', 'support', 'TUR']]],
      // a verb after "help" stays a verb; "the rights of X" names X
      ['Saudi Arabia has mobilized pressure groups in the United States to help support the rights of Palestinians.', '1990-01-01', [['SAU', 'support', 'PSE']], [['PSE', 'support', 'SAU']]],
      // a participle with its agent after a name; weapons received from a named state; solidarity with; arms sales;
      // a gesture of support belongs to the sentence's subject; "they" is the group named in the plural that opened the sentence
      ['Thousands of fighters from the Free Syrian Army, armed and trained by Turkey, advanced alongside Turkish tanks.', '2018-01-21', [['TUR', 'support', 'free-syrian-army']], [['free-syrian-army', 'support', 'TUR']]],
      ['The YPG has received U.S. weapons and air support.', '2018-01-21', [['USA', 'support', 'ypg']], [['ypg', 'support', 'USA']]],
      ['The YPG is the backbone of the SDF, Washington\'s main partner in the fight against Islamic State, and has received U.S. weapons.', '2018-01-21', [['USA', 'support', 'ypg']], []],
      ['Moscow has propped up Lukashenko since the 2020 protests.', '2021-11-11', [['RUS', 'support', 'alexander-lukashenko']], []],
      ['NATO expressed solidarity with Turkey.', '2015-11-24', [['nato', 'support', 'TUR']], []],
      ['Under the Taiwan Relations Act, Washington sells defensive arms to Taipei.', '1996-03-11', [['USA', 'support', 'TWN']], [['USA', 'trade', 'TWN']]],
      ['Russia sent two strategic bombers to patrol Belarusian airspace on Wednesday, in a show of support for Lukashenko.', '2021-11-11', [['RUS', 'support', 'alexander-lukashenko']], [['BLR', 'support', 'alexander-lukashenko']]],
      ['Canada and the Netherlands provided support. The Houthis have fired drones at ships, saying they are acting in solidarity with Palestinians in Gaza.', '2024-01-12', [['houthis', 'support', 'PSE']], [['CAN', 'support', 'PSE']]],
      // a cue after a relative aside continues the clause before it, and the aside's names are not its subject
      ['NATO held an emergency meeting. The alliance, which has stepped up its cooperation with Kiev since 2014, expressed full support for Ukraine\'s sovereignty.', '2018-11-26', [['nato', 'support', 'UKR']], []],
      // followers repeat the latest relation; a pledge to defend is support
      ['The United States recognized Guaido on Wednesday, and Canada and Colombia quickly followed.', '2019-01-24', [['CAN', 'support', 'juan-guaido'], ['COL', 'support', 'juan-guaido']], [['CAN', 'support', 'USA']]],
      ['U.S. and British warplanes struck Houthi targets in Yemen. Australia, Bahrain, Canada and the Netherlands provided support for the operation.', '2024-01-12', [['AUS', 'support', 'USA'], ['NLD', 'support', 'GBR']], [['AUS', 'support', 'houthis']]],
      ['Mali and Burkina Faso vowed to defend Niger against any intervention.', '2023-08-11', [['MLI', 'support', 'NER'], ['BFA', 'support', 'NER']], []],
      ['U.S. jets struck Islamic State positions near Mosul. Iraqi Prime Minister Haider al-Abadi welcomed the strikes.', '2016-10-20', [['haider-al-abadi', 'support', 'USA']], [['haider-al-abadi', 'criticism', 'USA']]],
      ['Iran supplies drones to Russia.', '2023-01-05', [['IRN', 'support', 'RUS']], [['RUS', 'support', 'IRN'], ['IRN', 'trade', 'RUS']]],
      ['Germany delivered Leopard tanks to Ukraine.', '2023-03-27', [['DEU', 'support', 'UKR']], [['UKR', 'support', 'DEU']]],
      ['Turkey has backed Azerbaijan in the conflict.', '2020-10-05', [['TUR', 'support', 'AZE']], [['AZE', 'support', 'TUR']]],
      ['China voiced support for Pakistan at the meeting.', '2021-08-01', [['CHN', 'support', 'PAK']], []],
      ['Hezbollah threw its weight behind Hamas.', '2023-10-08', [['hezbollah', 'support', 'hamas']], [['hamas', 'support', 'hezbollah']]],
      ['Britain sided with the United States over the strikes.', '2024-01-12', [['GBR', 'support', 'USA']], [['GBR', 'attack', 'USA']]],
      ['Narendra Modi congratulated Vladimir Putin on his re-election.', '2024-03-18', [['narendra-modi', 'support', 'vladimir-putin']], []],
      ["Russia's backing for Syria kept Bashar al-Assad in power.", '2015-10-01', [['RUS', 'support', 'SYR']], [['SYR', 'support', 'RUS']]],
      ['Germany sent weapons to Ukraine.', '2022-03-01', [['DEU', 'support', 'UKR']], [['DEU', 'deployment', 'UKR']]],
      // "The United States" keeps its subject
      ['The United States recognized Juan Guaido as interim president.', '2019-01-23', [['USA', 'support', 'juan-guaido']], []],
    ],
    knownFailures: [
    ],
  },
  funding: {
    rows: [
      // a relational noun after a copula whose subject has a relative aside; "its" is the body named before
      ['Kenya sent officers to the Multinational Security Support mission. The United States, which pushed for the mission, is its largest funder.', '2024-06-26', [['USA', 'funding', 'multinational-security-support-mission']], []],
      ['Japan gave Indonesia $500 million in loans.', '1998-07-15', [['JPN', 'funding', 'IDN']], [['IDN', 'funding', 'JPN']]],
      // "aid from Washington": a capital after a noun of giving and "from" is its government
      ['Kyiv received 5 billion dollars in aid from Washington.', '2023-01-01', [['USA', 'funding', 'UKR']], [['UKR', 'funding', 'USA']]],
      // relational nouns of giving: the noun's owner (or its "of" object) receives
      ["Japan, Sri Lanka's largest aid donor, also praised it.", '2002-02-23', [['JPN', 'funding', 'LKA']], [['LKA', 'funding', 'JPN']]],
      ['China is the biggest creditor of Pakistan.', '2019-07-03', [['CHN', 'funding', 'PAK']], [['PAK', 'funding', 'CHN']]],
      // financing something for someone; promising an amount
      ['Tokyo is also financing five new patrol vessels for the Philippine Coast Guard.', '2024-07-08', [['JPN', 'funding', 'philippine-coast-guard']], []],
      ['Russia promised Kyrgyzstan more than 2 billion dollars in loans and aid.', '2009-02-03', [['RUS', 'funding', 'KGZ']], [['KGZ', 'funding', 'RUS']]],
      ['The IMF approved a $3 billion bailout for Pakistan.', '2023-07-12', [['imf', 'funding', 'PAK']], [['PAK', 'funding', 'imf']]],
      // sums in words; propped-up finances with a deposit; the government in a capital is that state
      ['Turkey has given Somalia hundreds of millions of dollars in humanitarian and development aid.', '2017-09-30', [['TUR', 'funding', 'SOM']], [['SOM', 'funding', 'TUR']]],
      ['Riyadh has repeatedly propped up Pakistan\'s finances, including with a $3 billion deposit at its central bank.', '2025-09-17', [['SAU', 'funding', 'PAK']], []],
      ['In February the government in Oslo announced a five-year aid programme for Ukraine worth 75 billion crowns.', '2023-04-13', [['NOR', 'funding', 'UKR']], []],
      // aid that is only the topic of the clause is none of its subject's funding
      ['Moscow expelled two Polish diplomats in a dispute over military aid to Ukraine, and Warsaw pledged $1 billion to Kyiv.', '2022-04-01', [['POL', 'funding', 'UKR']], [['RUS', 'funding', 'UKR']]],
      ['South Korea paid 1.04 trillion won for US Forces Korea in 2019.', '2019-03-08', [['KOR', 'funding', 'usfk']], [['usfk', 'funding', 'KOR']]],
      ['Saudi Arabia donated $274 million to Yemen.', '2015-04-10', [['SAU', 'funding', 'YEM']], []],
      ['The World Bank lent $1.5 billion to Ukraine in June.', '2022-06-07', [['world-bank', 'funding', 'UKR']], []],
      ['Egypt received a $3 billion loan from the IMF.', '2023-03-11', [['imf', 'funding', 'EGY']], [['EGY', 'funding', 'imf']]],
      ['The European Union gave 50 billion euros to Ukraine.', '2024-02-01', [['eu', 'funding', 'UKR']], []],
      ["Germany increased its contribution to NATO's common budget.", '2024-06-14', [['DEU', 'funding', 'nato']], []],
      ['The U.S. Congress approved $61 billion in military aid for Ukraine.', '2024-04-20', [['us-congress', 'funding', 'UKR']], []],
      ['Japan funds UNHCR.', '2020-12-01', [['JPN', 'funding', 'unhcr']], []],
      ["South Korea's cost-sharing for US Forces Korea rose 13.9 percent.", '2021-03-08', [['KOR', 'funding', 'usfk']], []],
      ['Seoul raised its cost-sharing contribution to USFK.', '2021-03-08', [['KOR', 'funding', 'usfk']], []],
    ],
    knownFailures: [],
  },
  trade: {
    rows: [
      // buying arms or fuel from a state, a nationality word before the goods, supplying gas to one
      ['Australia bought three Virginia-class nuclear-powered submarines from the United States.', '2023-03-13', [['AUS', 'trade', 'USA']], []],
      ['India buys Russian S-400 missile batteries.', '2018-10-05', [['IND', 'trade', 'RUS']], []],
      ['Russia began to supply natural gas to China through the new pipeline.', '2019-12-02', [['RUS', 'trade', 'CHN']], [['RUS', 'support', 'CHN']]],
      ['China, which buys much of Sudan\'s oil, used its influence with Khartoum.', '2007-08-01', [['CHN', 'trade', 'SDN']], []],
      ['Cuba\'s main trading partners remain Venezuela and China.', '2016-10-26', [['CUB', 'trade', 'VEN'], ['CUB', 'trade', 'CHN']], []],
      // a copula with a possessed relational noun; places coordinated after "from"
      ['China remains Vietnam\'s biggest trading partner.', '2023-09-10', [['CHN', 'trade', 'VNM']], []],
      ['The U.S. is Vietnam\'s largest export market.', '2023-09-10', [['USA', 'trade', 'VNM']], []],
      ['China, the world\'s largest crude importer, buys more of its oil from Saudi Arabia and Russia than from any other supplier.', '2020-04-13', [['CHN', 'trade', 'SAU'], ['CHN', 'trade', 'RUS']], []],
      ['Australia and Britain signed a free trade agreement in December.', '2020-12-17', [['AUS', 'trade', 'GBR']], []],
      ['India buys oil from Russia at a discount.', '2023-01-10', [['IND', 'trade', 'RUS']], [['IND', 'support', 'RUS']]],
      ['China exports rare earths to Japan.', '2010-09-30', [['CHN', 'trade', 'JPN']], []],
      ['South Korea imports natural gas from Qatar.', '2022-02-01', [['KOR', 'trade', 'QAT']], []],
      ['The trade agreement between the European Union and Japan took effect in 2019.', '2019-02-01', [['eu', 'trade', 'JPN']], []],
      ['Bilateral trade between China and Russia reached $240 billion last year.', '2024-01-12', [['CHN', 'trade', 'RUS']], [['CHN', 'funding', 'RUS']]],
      ['Mexico and Canada deepened trade ties under the new pact.', '2020-07-01', [['MEX', 'trade', 'CAN']], []],
      ['Iran sold crude to China despite the sanctions.', '2021-04-01', [['IRN', 'trade', 'CHN']], [['CHN', 'sanction', 'IRN']]],
      ['Vietnam trades with Cambodia across the Mekong.', '2021-11-01', [['VNM', 'trade', 'KHM']], []],
    ],
    knownFailures: [],
  },
  criticism: {
    rows: [
      ['Seoul and Washington began their annual Freedom Shield exercises. Pyongyang has long denounced the drills as a rehearsal for invasion.', '2025-03-10', [['PRK', 'criticism', 'KOR'], ['PRK', 'criticism', 'USA']], []],
      // the name in commas after "X's sister" is the one who accuses
      ["Kim Jong Un's sister, Kim Yo Jong, accused the United States of escalating tensions.", '2025-03-10', [['kim-yo-jong', 'criticism', 'USA']], [['kim-jong-un', 'criticism', 'USA']]],
      // the author of the remarks denounced, named with a title a few words on
      ['Algeria denounced remarks made in Morocco this month by Israeli Foreign Minister Yair Lapid.', '2021-08-24', [['DZA', 'criticism', 'yair-lapid']], [['DZA', 'criticism', 'MAR']]],
      // a measure taken "on allegations of" a wrong criticises its target
      ['Nigerian authorities banned the Movement for the Actualization of the Sovereign State of Biafra on allegations of treason.', '2005-11-01', [['NGA', 'criticism', 'movement-for-the-actualization-of-the-sovereign-state-of-biafra']], []],
      ['Syria mobilized against Israel after the vote.', '2001-02-01', [['SYR', 'criticism', 'ISR']], []],
      // a speaker reporting that someone undermines or threatens peace and stability criticises them
      ['Washington said Beijing was undermining stability in the region.', '2023-08-06', [['USA', 'criticism', 'CHN']], [['CHN', 'criticism', 'USA']]],
      ["The United States said China's actions directly threaten regional peace and stability.", '2023-08-06', [['USA', 'criticism', 'CHN']], []],
      // more verbs of reproach; "blasted" only with its reason ("over", "for"), not shells blasting positions
      ['Germany blasted Russia over the poisoning.', '2020-09-02', [['DEU', 'criticism', 'RUS']], [['DEU', 'attack', 'RUS']]],
      ['China took aim at the United States on Monday.', '2020-05-04', [['CHN', 'criticism', 'USA']], []],
      ['France chided Italy over migrants.', '2018-06-12', [['FRA', 'criticism', 'ITA']], []],
      // a speaker reporting someone's breach or interference criticises them
      ['In a televised address, Iranian President Hassan Rouhani said Washington had never honored its commitments.', '2018-05-08', [['hassan-rouhani', 'criticism', 'USA']], [['USA', 'criticism', 'hassan-rouhani']]],
      ['Ukraine said Russia violated the ceasefire.', '2015-02-20', [['UKR', 'criticism', 'RUS']], [['RUS', 'criticism', 'UKR']]],
      ['China condemned Washington over the arms sales.', '2022-08-02', [['CHN', 'criticism', 'USA']], [['USA', 'criticism', 'CHN']]],
      // a protest with no target named is against the protesters' own government or the leader named
      ['Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday calling for independence from Iraq.', '2000-01-01', [['irq-kurds', 'criticism', 'IRQ']], [['irq-kurds', 'criticism', 'kirkuk']]],
      ['Tens of thousands of university students throughout Indonesia staged mass demonstrations to demand reforms by President Suharto.', '1998-05-16', [[['idn-students', 'criticism', 'suharto'], ['idn-students', 'criticism', 'IDN']]], []],
      // in a story about the EU, "Brussels" is the EU
      ['The EU imposed tariffs on U.S. goods. Lighthizer accused Brussels of failing to end its subsidies to Airbus.', '2020-10-13', [['robert-lighthizer', 'criticism', 'eu']], [['robert-lighthizer', 'criticism', 'BEL']]],
      // a protest against what someone did targets its agent; blocked roads are a protest; groups in a state
      ['Palestinian youths threw stones during demonstrations against the alleged human rights violations by the Israeli military.', '2001-01-01', [['pse-youths', 'criticism', 'idf']], [['pse-youths', 'criticism', 'PSE']]],
      ['Rebels in the Ivory Coast blocked transport into Abidjan on Tuesday.', '2003-01-01', [['civ-rebels', 'criticism', 'CIV']], []],
      ['Seven opposition parties in Nepal have organized a general strike that shut down Kathmandu.', '2006-04-06', [['npl-opposition', 'criticism', 'NPL']], []],
      // holding someone responsible; what someone calls the deployment of a warship; blocked imports are a sanction (below)
      ['Israel said it held Hamas responsible for all fire from the territory.', '2020-09-15', [['ISR', 'criticism', 'hamas']], []],
      ['Maduro called the deployment of HMS Trent a provocation and a threat.', '2023-12-28', [['nicolas-maduro', 'criticism', 'royal-navy']], []],
      // indictments and lawsuits
      ['Montenegro\'s prime minister has been indicted by the U.N. war crimes court for atrocities.', '2000-01-01', [['un', 'criticism', 'MNE']], [['MNE', 'criticism', 'un']]],
      ['A Saudi businessman is suing the United States for damages to his plant.', '1998-10-01', [['SAU', 'criticism', 'USA']], []],
      // calling for a measure against someone criticises them; a complaint to a third party is about its object
      ['Archbishop Desmond Tutu on Sunday called for sanctions against Nigeria.', '1995-11-12', [['desmond-tutu', 'criticism', 'NGA']], [['archbishop-desmond-tutu', 'criticism', 'NGA']]],
      // a sanction taken for a stated grievance criticises its target ("over", "citing", "in retaliation")
      ['Russia imposed economic sanctions on Turkey over the downing of its bomber.', '2015-11-28', [['RUS', 'criticism', 'TUR']], [['TUR', 'criticism', 'RUS']]],
      ['Algeria broke off diplomatic relations with Morocco, citing hostile actions.', '2021-08-24', [['DZA', 'criticism', 'MAR']], []],
      ['Lebanon complained to the United Nations on Tuesday over two Israeli air raids.', '1996-04-02', [['LBN', 'criticism', 'ISR']], [['LBN', 'criticism', 'un']]],
      // a reciprocal object gives both directions; a measure taken in protest is criticism; more verbs of scorn
      ['India and China accused each other of provocations.', '2020-06-17', [['IND', 'criticism', 'CHN'], ['CHN', 'criticism', 'IND']], []],
      ['Army chief General Abdel Fattah al-Burhan and RSF commander General Mohamed Hamdan Dagalo, known as Hemedti, each accused the other of starting the fighting.', '2023-04-16', [['abdel-fattah-al-burhan', 'criticism', 'mohamed-hamdan-dagalo'], ['mohamed-hamdan-dagalo', 'criticism', 'abdel-fattah-al-burhan']], []],
      // what someone dismisses as staged by another criticises its agent
      ['Putin dismissed the clash on Wednesday as a "provocation" staged by Poroshenko to boost his ratings.', '2018-11-28', [['vladimir-putin', 'criticism', 'petro-poroshenko']], []],
      ['France recalled its ambassadors to Canberra and Washington in protest.', '2021-09-17', [['FRA', 'criticism', 'AUS'], ['FRA', 'criticism', 'USA']], [['AUS', 'criticism', 'FRA']]],
      ['Washington imposed sanctions on Russian officials. Rogozin ridiculed the sanctions on Twitter.', '2014-03-17', [['dmitry-rogozin', 'criticism', 'USA']], []],
      ['Beijing cried foul over the AUKUS submarine plan.', '2023-03-14', [['CHN', 'criticism', 'aukus']], []],
      // a noun naming an event reported earlier stands for that event's agent
      ['North Korea shelled a South Korean island on Tuesday. South Korean guns fired back at North Korean positions. The White House condemned the shelling.', '2010-11-28', [['USA', 'criticism', 'PRK']], [['USA', 'criticism', 'KOR']]],
      ['The United States launched its war against Iraq on Thursday. Iraq fired missiles toward Kuwait. In Moscow, President Vladimir Putin called the attack a serious political mistake.', '2003-03-21', [['vladimir-putin', 'criticism', 'USA']], [['vladimir-putin', 'criticism', 'IRQ']]],
      ['U.S. Navy warships sailed through the South China Sea. Beijing has condemned the patrols as provocations.', '2016-07-12', [['CHN', 'criticism', 'USA']], []],
      ['Japan lodged a protest with South Korea over the visit to the disputed islands.', '2012-08-11', [['JPN', 'criticism', 'KOR']], [['KOR', 'criticism', 'JPN']]],
      ['Ukraine accused Russia of shelling the nuclear plant.', '2022-08-06', [['UKR', 'criticism', 'RUS']], [['RUS', 'criticism', 'UKR']]],
      ['The IAEA board censured Iran for failing to cooperate with inspectors.', '2022-06-08', [['iaea', 'criticism', 'IRN']], []],
      ['Turkey denounced Sweden for allowing the protest.', '2023-01-24', [['TUR', 'criticism', 'SWE']], []],
      ['Poland blamed Belarus for the crisis on the border.', '2021-11-09', [['POL', 'criticism', 'BLR']], [['BLR', 'criticism', 'POL']]],
      ["Emmanuel Macron criticized Mali's military rulers.", '2022-02-17', [['emmanuel-macron', 'criticism', 'MLI']], []],
      ['India slammed Pakistan at the United Nations.', '2023-03-01', [['IND', 'criticism', 'PAK']], [['IND', 'criticism', 'un']]],
      ['Thousands of Ukrainians demonstrated against Russia in Kyiv.', '2014-03-01', [['UKR', 'criticism', 'RUS']], []],
      ['South Korea protested to Japan over the textbook.', '2020-01-01', [['KOR', 'criticism', 'JPN']], []],
      ['Turkey complained to Sweden about the protest.', '2022-01-01', [['TUR', 'criticism', 'SWE']], []],
      ['Beijing summoned the Japanese ambassador over the remarks.', '2013-12-07', [['CHN', 'criticism', 'JPN']], [['JPN', 'criticism', 'CHN']]],
    ],
    knownFailures: [],
  },
  threat: {
    rows: [
      // regarded as a threat inside a relative clause: the antecedent regards; the possessor of what is regarded threatens
      ["Israel, which regards Iran's missile programme as an existential threat, said it was closely following the developments.", '2025-06-03', [['IRN', 'threat', 'ISR']], []],
      // warning of sanctions on a state threatens it
      ['Washington warned of potential sanctions on Iran.', '2018-05-01', [['USA', 'threat', 'IRN']], []],
      // warning that a cooperative act will not happen threatens its target; "either country" is the pair just named
      ['Thailand and Cambodia clashed. Trump warned that Washington would not conclude trade agreements with either country while the fighting continued.', '2025-07-28', [['USA', 'threat', 'THA'], ['USA', 'threat', 'KHM']], []],
      ['North Korea threatened South Korea with nuclear war.', '2017-09-03', [['PRK', 'threat', 'KOR']], [['KOR', 'threat', 'PRK']]],
      ['Iran vowed to retaliate against Israel for the strike in Damascus.', '2024-04-02', [['IRN', 'threat', 'ISR']], [['ISR', 'threat', 'IRN']]],
      // an announced coercive step is a threat to its target (CAMEO 13); the step itself stays hypothetical
      ['Palestinian leaders said they would boycott all official contact with the United States.', '1989-03-02', [['PSE', 'threat', 'USA']], [['PSE', 'sanction', 'USA']]],
      ['NATO said it would tighten the naval blockade of Serbia.', '1999-04-28', [['nato', 'threat', 'SRB']], [['nato', 'attack', 'SRB']]],
      ['Russia is prepared to impose sanctions on Georgia.', '2006-10-03', [['RUS', 'threat', 'GEO']], [['RUS', 'sanction', 'GEO']]],
      // the one regarded or named as a threat threatens whoever owns the threat, else the one regarding it
      ['Japan regards China as a threat.', '2022-12-16', [['CHN', 'threat', 'JPN']], [['JPN', 'threat', 'CHN']]],
      ["NATO leaders called Russia the most significant and direct threat to allies' security.", '2022-06-29', [['RUS', 'threat', 'nato']], [['nato', 'threat', 'RUS']]],
      // a condition after a threatened step may name the target
      ['Russia has threatened to stop negotiations to reduce long-range nuclear weapons if the United States goes ahead with the deployment.', '1983-11-01', [['RUS', 'threat', 'USA']], []],
      // a threat's consequences may name their object a little further on
      ['Vladimir Putin warned that the downing would have serious consequences for relations with Ankara.', '2015-11-24', [['vladimir-putin', 'threat', 'TUR']], []],
      // withdrawing inspectors or aid workers from a state is a sanction; announced, a threat
      ['Kofi Annan announced on Monday that he will withdraw weapons inspectors and humanitarian workers from Iraq.', '1998-12-16', [['kofi-annan', 'threat', 'IRQ']], [['kofi-annan', 'sanction', 'IRQ'], ['irq-workers', 'sanction', 'IRQ']]],
      // "they" after a domestic group opening the sentence is that group
      ['Radical French farmers said on Friday they would blockade Paris from Monday night.', '1992-05-29', [['fra-farmers', 'threat', 'FRA']], [['fra-farmers', 'attack', 'FRA']]],
      // drills around a state are a show of force against it; joint drills with one are cooperation
      ['China held military drills near Taiwan on Monday.', '2023-04-10', [['CHN', 'threat', 'TWN']], [['TWN', 'threat', 'CHN']]],
      // a threat's own condition does not hedge it; a modal before "and" governs another verb
      ['Trump threatened to impose tariffs on Mexico unless Mexico stopped illegal immigration.', '2019-05-31', [['donald-trump', 'threat', 'MEX']], []],
      // a headline's verbs after a comma share its subject
      ['ECOWAS hits Niger junta with sanctions, threatens force; Mali, Burkina vow to defend Niamey', '2023-08-11', [['ecowas', 'threat', 'NER']], [['NER', 'threat', 'MLI'], ['NER', 'threat', 'BFA']]],
      ['Israel threatened to ban voting in East Jerusalem if Hamas ran in the election.', '2006-01-10', [['ISR', 'threat', 'east-jerusalem']], []],
      ['Netanyahu said his country would keep freedom of action in Lebanon and warned that the army would strike if Hezbollah violated the deal.', '2024-11-27', [[['ISR', 'threat', 'hezbollah'], ['benjamin-netanyahu', 'threat', 'hezbollah']]], [['hezbollah', 'threat', 'ISR']]],
      ['Al-Shabab claimed responsibility and vowed to keep targeting Kenya.', '2020-01-05', [['al-shabaab', 'threat', 'KEN']], []],
      ['Japan faces a growing security threat from North Korea.', '2017-09-03', [['PRK', 'threat', 'JPN']], [['JPN', 'threat', 'PRK']]],
      ["China's coercion against Taiwan has intensified.", '2022-08-05', [['CHN', 'threat', 'TWN']], []],
      ['Russia poses a direct threat to Lithuania.', '2022-05-01', [['RUS', 'threat', 'LTU']], [['LTU', 'threat', 'RUS']]],
      ['Turkey issued an ultimatum to Syria.', '2019-07-14', [['TUR', 'threat', 'SYR']], []],
      // warnings from a capital: the government warns whoever brushes them aside
      ['India signed the deal, brushing aside warnings from Washington that the purchase could expose it to American sanctions.', '2018-10-05', [['USA', 'threat', 'IND']], [['IND', 'threat', 'USA']]],
      ['Chinese coast guard ships menaced the Philippines near the shoal.', '2023-08-22', [[['china-coast-guard', 'threat', 'PHL'], ['CHN', 'threat', 'PHL']]], []],
      ['Pyongyang warned Seoul that it would pay a heavy price.', '2013-03-08', [['PRK', 'threat', 'KOR']], [['KOR', 'funding', 'PRK']]],
      ["North Korea's missiles pose a threat to Japan.", '2017-08-29', [['PRK', 'threat', 'JPN']], []],
      // drills used to intimidate are no cooperation
      ['China is trying to intimidate Taiwan with military drills.', '2022-08-05', [['CHN', 'threat', 'TWN']], [['CHN', 'cooperation', 'TWN']]],
      // an ultimatum: a coercive step promised unless the other side acts is a threat to that side
      ['Nigeria announced that it will withdraw its peacekeeping force from Chad unless President Goukouni Oueddei arranges a ceasefire.', '1982-01-10', [[['NGA', 'threat', 'goukouni-oueddei'], ['NGA', 'threat', 'TCD']]], []],
      ['Russia said it would cut gas supplies unless Ukraine pays its debts.', '2009-01-01', [['RUS', 'threat', 'UKR']], [['UKR', 'threat', 'RUS']]],
      // the actor of a threat may be the inhabitants of a place
      ['Druze inhabitants of the Syrian Golan Heights threatened today to hold a general strike unless Israel rescinded the annexation.', '1982-02-01', [[['SYR', 'threat', 'ISR'], ['syr-druze', 'threat', 'ISR']]], [['ISR', 'threat', 'SYR']]],
    ],
    knownFailures: [
    ],
  },
  sanction: {
    rows: [
      // closing or sealing a border or airspace to a state
      ['Russia closed its southern borders with Iran and Turkey because of fighting between Azerbaijanis and Armenians.', '1992-05-20', [['RUS', 'sanction', 'IRN'], ['RUS', 'sanction', 'TUR']], []],
      ['Turkey sealed its border with Syria.', '2015-06-01', [['TUR', 'sanction', 'SYR']], []],
      // a ban with no agent is the law of the states it holds in; "remain outlawed" is a passive too
      ['The Liberation Tigers of Tamil Eelam remain outlawed in Sri Lanka.', '2002-02-22', [['LKA', 'sanction', 'ltte']], []],
      ['Hamas is banned as a terrorist organisation in India, Britain and the United States.', '2002-02-22', [['IND', 'sanction', 'hamas'], ['GBR', 'sanction', 'hamas'], ['USA', 'sanction', 'hamas']], []],
      // a list of past acts after a comma shares the sentence's subject
      ['Bangkok accused Phnom Penh of planting new mines, expelled the Cambodian ambassador and recalled its own envoy.', '2025-07-24', [['THA', 'sanction', 'KHM']], []],
      // taking a state off a list of trusted partners, or stripping its trade preferences, is a sanction on it
      ["Japan's Cabinet approved removing South Korea from a list of trusted trading partners, deepening a dispute that began over compensation for wartime labor.", '2019-08-02', [['JPN', 'sanction', 'KOR']], [['JPN', 'criticism', 'KOR']]],
      ['Washington stripped India of its preferential trade status.', '2019-06-01', [['USA', 'sanction', 'IND']], []],
      // cancelling a planned visit is no visit and reduces relations
      ['A French minister has cancelled a planned visit to Haiti after a state of siege was declared.', '1988-09-18', [['FRA', 'sanction', 'HTI']], [['FRA', 'negotiation', 'HTI']]],
      // curfews and blockades imposed on a place; "forced out" before its object, past a day
      ['Israel reimposed blockades in the West Bank on Friday.', '1996-03-01', [['ISR', 'sanction', 'west-bank']], []],
      ['Turkish authorities have imposed a curfew in the town of Cizre.', '1994-03-29', [['TUR', 'sanction', 'cizre']], []],
      ['The Israeli army forced out on Wednesday more than 1,000 Palestinian refugees from their homes.', '2002-04-03', [['idf', 'sanction', 'pse-refugees']], []],
      // halting talks or cooperation with someone reduces relations with them (CAMEO 16); with a grievance it criticises them too
      ['Russia has suspended negotiations with Japan on a peace treaty, citing the sanctions imposed by Tokyo.', '2022-03-22', [['RUS', 'sanction', 'JPN'], ['RUS', 'criticism', 'JPN']], [['RUS', 'negotiation', 'JPN']]],
      ['Russia froze its cooperation with NATO on Thursday.', '1999-03-25', [['RUS', 'sanction', 'nato']], [['RUS', 'cooperation', 'nato']]],
      ["The European Union imposed sanctions on Myanmar's military leaders.", '2021-02-22', [['eu', 'sanction', 'MMR']], [['MMR', 'sanction', 'eu']]],
      ['The European Union slapped new sanctions on Belarus.', '2021-06-24', [['eu', 'sanction', 'BLR']], []],
      ['Saudi Arabia and the United Arab Emirates cut diplomatic ties with Qatar.', '2017-06-05', [['SAU', 'sanction', 'QAT'], ['ARE', 'sanction', 'QAT']], [['SAU', 'cooperation', 'QAT'], ['SAU', 'sanction', 'ARE']]],
      ['Britain blacklisted the Wagner Group in January.', '2023-01-26', [['GBR', 'sanction', 'wagner-group']], []],
      ['Japan tightened export controls on South Korea.', '2019-07-01', [['JPN', 'sanction', 'KOR']], [['JPN', 'trade', 'KOR']]],
      ['The UN Security Council imposed an arms embargo on South Sudan.', '2018-07-13', [['unsc', 'sanction', 'SSD']], []],
      ['Egypt and Bahrain severed ties with Qatar.', '2017-06-05', [['EGY', 'sanction', 'QAT'], ['BHR', 'sanction', 'QAT']], []],
      ['Canada froze the assets of Russian oligarchs.', '2022-03-01', [['CAN', 'sanction', 'RUS']], []],
      ['Washington imposed sanctions on Moscow.', '2022-02-01', [['USA', 'sanction', 'RUS']], [['RUS', 'sanction', 'USA']]],
      // "banned imports of Japanese seafood": a ban on a state's goods is a sanction on that state
      ['China banned imports of Japanese seafood.', '2023-08-24', [['CHN', 'sanction', 'JPN']], []],
      // withdrawn trade status, raised duties (a verb after "and" shares the first subject), suspended contacts, tariffs on goods
      ['Days after the bombing, India withdrew Pakistan\'s most-favored-nation trade status and raised customs duties on all Pakistani imports.', '2019-02-20', [['IND', 'sanction', 'PAK']], [['PAK', 'sanction', 'PAK'], ['PAK', 'sanction', 'IND']]],
      ['New Zealand on Tuesday suspended all high-level political and military contacts with Myanmar.', '2021-02-09', [['NZL', 'sanction', 'MMR']], []],
      ['China imposed tariffs of more than 80 percent on Australian barley in May.', '2020-11-15', [['CHN', 'sanction', 'AUS']], [['AUS', 'sanction', 'CHN']]],
      ['Trade between the neighbors has since collapsed as Caracas blocked Colombian imports.', '2010-07-22', [['VEN', 'sanction', 'COL']], [['COL', 'sanction', 'VEN']]],
      ['Taiwan opened an office in Vilnius. Beijing, which regards Taiwan as part of its territory, downgraded diplomatic relations with Lithuania.', '2022-01-27', [['CHN', 'sanction', 'LTU']], [['TWN', 'sanction', 'LTU']]],
      // deportations, bans of groups (a modifier that is itself a group noun heads the group)
      ['The United States designated the Houthis a terrorist organization.', '2021-01-10', [['USA', 'sanction', 'houthis']], []],
      ['Ghanaian authorities have deported 168 Liberians for traveling without proper documents.', '2000-01-01', [['GHA', 'sanction', 'LBR']], [['LBR', 'sanction', 'GHA']]],
      ['President Yoweri Museveni has banned Ugandan opposition candidates from the elections.', '2001-01-01', [['yoweri-museveni', 'sanction', 'uga-opposition']], []],
      // "expelled": a verb whose last consonant doubles
      ['Britain expelled 23 Russian diplomats in March.', '2018-03-14', [['GBR', 'sanction', 'RUS']], []],
      ['Britain expelled two Russian diplomats on Monday. Germany followed suit.', '2018-03-26', [['DEU', 'sanction', 'RUS']], []],
      // the "of" phrase after a noun of people names whom they serve
      ['North Korea expelled inspectors of the International Atomic Energy Agency from Yongbyon.', '2002-12-31', [['PRK', 'sanction', 'iaea']], [['iaea', 'sanction', 'PRK']]],
      ['Jakarta forced the UN refugee agency, UNHCR, out of the country.', '2005-03-01', [['IDN', 'sanction', 'unhcr']], [['unhcr', 'sanction', 'IDN']]],
      // who is "under" a state's sanctions is their target; aid suspended or frozen, envoys pulled out, forces evicted, envoys ordered to leave
      ['Iran remains under U.S. sanctions.', '2019-01-01', [['USA', 'sanction', 'IRN']], [['IRN', 'sanction', 'USA']]],
      ['The United States suspended assistance to Fiji.', '2006-12-06', [['USA', 'sanction', 'FJI']], []],
      ['Japan froze new aid to India on Tuesday.', '1998-05-12', [['JPN', 'sanction', 'IND']], [['JPN', 'funding', 'IND']]],
      ['Belgrade pulled its ambassador out of Washington.', '2008-02-18', [['SRB', 'sanction', 'USA']], []],
      ['Kyrgyz parliament votes to evict U.S. forces from Manas air base.', '2009-02-19', [['KGZ', 'sanction', 'USA']], [['USA', 'sanction', 'KGZ']]],
      ["Niger's junta last month ordered France's ambassador to leave.", '2023-09-01', [['NER', 'sanction', 'FRA']], [['FRA', 'sanction', 'NER']]],
    ],
    knownFailures: [],
  },
  attack: {
    rows: [
      // a strike on a port is one on the place and on its state
      ['Israeli warplanes struck the Houthi-controlled port of Hodeidah in Yemen on Monday.', '2024-07-20', [['ISR', 'attack', 'hodeidah'], ['ISR', 'attack', 'YEM']], []],
      // a launch of missiles against a state's forces, past where they were fired from
      ['Overnight, the United States and Britain followed with the launch of more than 110 Tomahawk cruise missiles from warships in the Mediterranean against Libyan air defences.', '2011-03-20', [['USA', 'attack', 'LBY'], ['GBR', 'attack', 'LBY']], []],
      // a strike on places in a region named after them is one on the region too
      ['On Friday the TPLF fired rockets at the airports of Bahir Dar and Gondar in the neighbouring Amhara region.', '2020-11-15', [['tplf', 'attack', 'amhara-region']], []],
      // a facility used by a state's forces stands for them
      ['Al-Shabab extremists attacked a military base used by U.S. and Kenyan forces in Kenya\'s coastal Lamu region.', '2020-01-05', [['al-shabaab', 'attack', 'USA'], ['al-shabaab', 'attack', 'KEN']], []],
      // war "with" someone is fought by both sides; a state forced into it is still a party
      ['Prime Minister Meles Zenawi said Ethiopia had been forced into war with the Union of Islamic Courts.', '2006-12-24', [['ETH', 'attack', 'union-of-islamic-courts'], ['union-of-islamic-courts', 'attack', 'ETH']], []],
      ['Ethiopia went to war with Eritrea in 1998.', '2000-06-18', [['ETH', 'attack', 'ERI'], ['ERI', 'attack', 'ETH']], []],
      // holding civilians as human shields is a use of force against them
      ['The Sri Lankan army has been holding thousands of Tamil civilian refugees as human shields.', '1995-11-20', [['LKA', 'attack', 'lka-refugees']], []],
      // suicide bombers blowing themselves up in a city attack its state; "they" is the bombers' nationality
      ['Two Palestinian suicide bombers killed 23 people late Sunday when they blew themselves up in Tel Aviv.', '2003-01-05', [['PSE', 'attack', 'ISR']], [['ISR', 'attack', 'PSE']]],
      // a one-sided strike with no object hits the state it strikes in; a name set off by commas before the verb is its subject
      ["The group that claimed the assault, Jama'at Nusrat al-Islam wal-Muslimin, has also struck repeatedly in Burkina Faso.", '2023-09-16', [['jnim', 'attack', 'BFA']], []],
      // a strike on a city is one on its state, unless the attacker is that state's own
      ['Russian missiles struck Kharkiv on Thursday.', '2022-03-03', [['RUS', 'attack', 'UKR']], [['UKR', 'attack', 'UKR']]],
      // the parties to a ceasefire have been fighting each other; its broker has not
      ['Armenia and Azerbaijan agreed to a ceasefire on Saturday after weeks of fighting.', '2020-10-10', [['ARM', 'attack', 'AZE'], ['AZE', 'attack', 'ARM']], [['RUS', 'attack', 'ARM']]],
      ['Norway brokered a truce between Sri Lanka and the Tamil Tigers.', '2002-02-22', [['LKA', 'attack', 'ltte'], ['ltte', 'attack', 'LKA']], [['NOR', 'attack', 'LKA'], ['NOR', 'attack', 'ltte']]],
      ['Russia invaded Ukraine on February 24, 2022.', '2022-02-24', [['RUS', 'attack', 'UKR']], [['UKR', 'attack', 'RUS']]],
      ['Israel launched airstrikes on Iran in October.', '2024-10-26', [['ISR', 'attack', 'IRN']], [['IRN', 'attack', 'ISR']]],
      ['The Houthis fired missiles at Israel.', '2023-12-19', [['houthis', 'attack', 'ISR']], []],
      ['India carried out an air strike on Pakistan in February.', '2019-02-26', [['IND', 'attack', 'PAK']], [['PAK', 'attack', 'IND']]],
      ['Russian forces seized three Ukrainian navy ships in the Kerch Strait.', '2018-11-25', [[['RUS', 'attack', 'UKR'], ['russian-armed-forces', 'attack', 'UKR']]], []],
      ["North Korea shelled South Korea's Yeonpyeong Island.", '2010-11-23', [['PRK', 'attack', 'KOR']], []],
      ['The Sudanese army is fighting the Rapid Support Forces in Khartoum.', '2023-04-20', [[['SDN', 'attack', 'rsf'], ['sudanese-armed-forces', 'attack', 'rsf']], [['rsf', 'attack', 'SDN'], ['rsf', 'attack', 'sudanese-armed-forces']]], []],
      ['Hamas attacked Israel on October 7.', '2023-10-07', [['hamas', 'attack', 'ISR']], [['ISR', 'attack', 'hamas']]],
      ['Georgia was attacked by Russia in August.', '2008-08-10', [['RUS', 'attack', 'GEO']], [['GEO', 'attack', 'RUS']]],
      // a village, town or base taken in a state is an attack on that state; historical names still name it
      ['Vietnamese-led forces have retaken a strategic village in Western Cambodia after fierce fighting.', '1985-01-10', [['VNM', 'attack', 'KHM']], [['KHM', 'attack', 'VNM']]],
      ['Russian forces captured a village in eastern Ukraine.', '2024-05-01', [['RUS', 'attack', 'UKR']], [['UKR', 'attack', 'RUS']]],
      // annexing a place, retaking one from someone, removing their soldiers, battling them
      ["The deal is a boost for Putin two months after Russia's annexation of Crimea.", '2014-05-21', [['RUS', 'attack', 'crimea']], []],
      ['Spanish commandos retake disputed islet from Moroccan troops.', '2002-07-17', [['ESP', 'attack', 'MAR']], [['MAR', 'attack', 'ESP']]],
      ['Ethiopian troops have been battling al-Shabaab for years.', '2024-01-02', [['ETH', 'attack', 'al-shabaab']], []],
      ['Vietnamese-led forces launched rocket fire against Kampuchean guerrilla camps.', '1985-01-10', [['VNM', 'attack', 'khm-guerrillas']], []],
      // bombs set off in a capital attack its state; a verb after "and" keeps the first subject
      ['Afghan rebels kidnapped Russian advisers and exploded bombs in the capital Kabul.', '1986-01-10', [['afg-rebels', 'attack', 'RUS'], ['afg-rebels', 'attack', 'AFG']], [['RUS', 'attack', 'AFG']]],
      ['US drones have killed at least eight top al-Qaeda leaders since July.', '2009-01-10', [['USA', 'attack', 'al-qaeda']], []],
      // "Indian and Chinese troops clashed": coordinated nationality adjectives fight each other
      ['Indian and Chinese troops clashed in the Galwan Valley.', '2020-06-16', [['IND', 'attack', 'CHN'], ['CHN', 'attack', 'IND']], []],
      // a nationality word acts through the head of its phrase, a few words on
      ['North Korea shelled a South Korean island on Tuesday.', '2010-11-23', [['PRK', 'attack', 'KOR']], [['KOR', 'attack', 'PRK']]],
      // positions of an actor; an "X-led" force acts for X; domestic groups act
      ['Israeli helicopters and tanks shelled positions of the Palestinian security forces near Rafah.', '2001-05-10', [['ISR', 'attack', 'PSE']], [['PSE', 'attack', 'ISR']]],
      ['Vietnamese-led forces launched rocket fire against Cambodian guerrilla camps near the Thai border.', '1985-01-10', [['VNM', 'attack', 'khm-guerrillas']], [['VNM', 'attack', 'THA']]],
      ['Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday.', '1990-06-01', [['irl-guerrillas', 'attack', 'GBR']], [['GBR', 'attack', 'irl-guerrillas']]],
      ['Israeli tanks fired shells at targets in Jericho.', '2001-03-01', [['ISR', 'attack', 'jericho']], []],
      // "fighting between their forces": the owners of the forces fight each other
      ['Armenia and Azerbaijan agreed to end six weeks of fighting between their forces over the disputed region.', '2020-11-10', [['ARM', 'attack', 'AZE'], ['AZE', 'attack', 'ARM']], []],
      // a weapon's model designation acts for its state; historical states; a clause after ", and" with an irregular past
      ['A Russian Su-24 bomber was shot down by a Turkish F-16 near the Syrian border.', '2015-11-24', [['TUR', 'attack', 'RUS']], [['RUS', 'attack', 'TUR'], ['TUR', 'attack', 'SYR']]],
      ['NATO launched air strikes against Yugoslavia, and Soviet troops left Afghanistan.', '1999-03-25', [['nato', 'attack', 'YUG']], [['nato', 'attack', 'SUN']]],
      ['Israeli jets struck Gaza. The islands, called the Southern Kurils in Russia, were seized by Soviet troops in 1945.', '2022-03-22', [['ISR', 'attack', 'gaza-strip']], [['SUN', 'attack', 'RUS']]],
      // what someone calls "an attack" is no attack of theirs
      ['Russian jets struck Kyiv. Mateusz Morawiecki called the crisis an attack on the stability of the whole European Union.', '2022-03-01', [['RUS', 'attack', 'UKR']], [['mateusz-morawiecki', 'attack', 'eu']]],
      // "were engaged in" is no passive; a place phrase does not cut a noun from its target
      ['Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian population of the province.', '1999-01-01', [['SRB', 'attack', 'ALB']], [['SRB', 'attack', 'MNE']]],
      // "May 27" in a dateline is no modal; a nationality word before another is a people of that state
      ['NEW DELHI, May 27 (PTI) - Pakistan shot down two Indian Air Force fighters near the Line of Control on Thursday.', '1999-05-27', [['PAK', 'attack', 'IND']], []],
      ['NATO warplanes pound Bosnian Serb guns after Sarajevo market massacre.', '1995-08-30', [['nato', 'attack', 'bih-serbs']], [['nato', 'attack', 'BIH'], ['nato', 'attack', 'SRB']]],
      ['Hours after NATO warplanes began pounding targets across Yugoslavia, Russia froze its ties with the alliance.', '1999-03-25', [['nato', 'attack', 'YUG']], []],
      // "security forces in Guinea" are Guinea's (and "Turkish troops in Syria" are not Syria's: see deployment)
      ['Security forces in Guinea have tortured Liberian refugees.', '2000-09-14', [['GIN', 'attack', 'lbr-refugees']], []],
      // demolitions, hacking, things set on fire
      // ", Japan said": the speaker after a comma is no part of the object; exchanges of fire go both ways
      ['North Korea fired two ballistic missiles into the Sea of Japan, Japan said.', '2022-10-04', [['PRK', 'attack', 'sea-of-japan']], [['PRK', 'attack', 'JPN']]],
      ['Indian troops exchanged fire with Pakistani forces on Tuesday.', '2019-02-27', [['IND', 'attack', 'PAK'], ['PAK', 'attack', 'IND']], []],
      ['Iran seized a British-flagged tanker in the Strait of Hormuz.', '2019-07-19', [['IRN', 'attack', 'GBR']], [['GBR', 'attack', 'IRN']]],
      ['Israeli army bulldozers demolished Palestinian homes in southern Gaza on Sunday.', '2004-05-16', [['idf', 'attack', 'PSE']], [['PSE', 'attack', 'idf']]],
      ['North Korea has tried to hack into the computers of South Korean army officers.', '2013-03-20', [['PRK', 'attack', 'KOR']], []],
      // targets struck inside a state are an attack on it
      ['British Tornado bombers flying from their base in Norfolk also struck targets inside Libya.', '2011-03-20', [['GBR', 'attack', 'LBY']], []],
      ['The United States and Britain launched more than 110 cruise missiles against Libyan air defences.', '2011-03-20', [['USA', 'attack', 'LBY'], ['GBR', 'attack', 'LBY']], []],
      ['South Korean K-9 howitzers fired back at North Korean gun positions on the coast.', '2010-11-23', [['KOR', 'attack', 'PRK']], [['PRK', 'attack', 'KOR']]],
    ],
    knownFailures: [
    ],
  },
  deployment: {
    rows: [
      // rushing reinforcements somewhere deploys them there; "both governments" is the pair of states named last
      ['Peru and Ecuador fought in the Cenepa valley, where Peruvian Sukhoi fighter-bombers were shot down. Both governments have rushed thousands of reinforcements to the valley.', '1995-02-17', [['PER', 'deployment', 'cenepa-valley'], ['ECU', 'deployment', 'cenepa-valley']], []],
      // "the base" refers back to the base named before
      ['Kyrgyzstan voted to close the Manas air base. The roughly 1,000 American servicemen at the base will have 180 days to leave.', '2009-02-19', [['USA', 'deployment', 'manas-air-base']], []],
      // a base is where its owner, or whoever keeps it, is deployed
      ['Tbilisi wants the last Russian bases at Batumi closed on schedule by the end of 2008.', '2006-10-03', [['RUS', 'deployment', 'batumi']], []],
      ['Russia, which keeps its own air base at Kant, has been pressing to reassert influence.', '2009-02-19', [['RUS', 'deployment', 'kant']], []],
      ['Russia, which has a mutual defence treaty with Armenia and a military base in the country, stayed out of the fighting.', '2020-11-10', [['RUS', 'deployment', 'ARM']], []],
      // dispatching troops somewhere deploys them there
      ['President Barack Obama approved on Tuesday the dispatch of about 17,000 more U.S. troops to Afghanistan.', '2009-02-19', [[['USA', 'deployment', 'AFG'], ['barack-obama', 'deployment', 'AFG']]], []],
      // a place the catalog puts in a state takes the deployment to that state too
      ['Turkish troops are stationed at the Bashiqa camp near Mosul.', '2016-10-10', [['TUR', 'deployment', 'IRQ']], []],
      ['Washington deployed an aircraft carrier to the Persian Gulf.', '2020-01-05', [['USA', 'deployment', 'persian-gulf']], []],
      // a state's own forces with their place; withdrawing troops says they are there; "the country" is the state just named
      ['Egypt said its troops were in Sudan to carry out joint exercises.', '2023-04-16', [['EGY', 'deployment', 'SDN']], [['SDN', 'deployment', 'EGY']]],
      ['Russia refused to withdraw its forces from Georgia.', '2008-09-01', [['RUS', 'deployment', 'GEO']], []],
      // movement verbs of forces, forces named after a state or body, a place's state, "has since" as an adverb
      ['Addis Ababa\'s forces drove deeper into Somalia.', '2006-12-27', [['ETH', 'deployment', 'SOM']], [['SOM', 'deployment', 'ETH']]],
      ['It will absorb the 7,000 African Union soldiers now in Darfur.', '2007-08-01', [['african-union', 'deployment', 'darfur']], []],
      ['Russia has since moved its advanced S-400 air defence system to the Hmeimim air base in Syria.', '2015-11-28', [['RUS', 'deployment', 'SYR']], []],
      ['Venezuela ordered military drills as a British warship headed for Guyana.', '2023-12-28', [['GBR', 'deployment', 'GUY']], [['VEN', 'deployment', 'GUY']]],
      // "the town of Manbij, where U.S. troops are based"; "in the country" is not the clause's own subject
      ['Erdogan threatened to extend the operation east to the town of Manbij, where U.S. troops are based.', '2018-01-21', [['USA', 'deployment', 'manbij']], []],
      ['Niger\'s junta seized power in July. The United States, which has about 1,100 soldiers in the country, has not called it a coup.', '2023-08-11', [['USA', 'deployment', 'NER']], [['USA', 'deployment', 'USA']]],
      // "Turkish troops in Syria" and "its forces in Afghanistan" are not Syria's or Afghanistan's
      ['Turkish troops in Syria attacked Kurdish positions, and Washington agreed to cut its forces in Afghanistan.', '2020-03-01', [['TUR', 'deployment', 'SYR'], ['USA', 'deployment', 'AFG']], [['SYR', 'attack', 'TUR']]],
      // people flown somewhere in the passive are moved, not visiting
      ['The Moroccans were flown to the Spanish enclave of Ceuta, and Spanish troops landed in Ceuta.', '2002-07-17', [['ESP', 'deployment', 'ceuta']], [['MAR', 'negotiation', 'ESP']]],
      // a person who lands somewhere is visiting, not deploying
      ['Pelosi landed in Taipei late Tuesday, and Russian paratroopers landed in Kazakhstan.', '2022-08-02', [['RUS', 'deployment', 'KAZ']], [['nancy-pelosi', 'deployment', 'TWN']]],
      ['The UN mission in Mali, MINUSMA, which has more than 12,000 troops in the country, is staying.', '2023-06-16', [['minusma', 'deployment', 'MLI']], []],
      ['About 28,500 U.S. troops are stationed in South Korea.', '2019-11-19', [[['USA', 'deployment', 'KOR'], ['us-armed-forces', 'deployment', 'KOR']]], [['KOR', 'deployment', 'USA']]],
      ['Russia sent troops to Kazakhstan in January.', '2022-01-06', [['RUS', 'deployment', 'KAZ']], [['RUS', 'attack', 'KAZ']]],
      ['Turkey has a military base in Qatar.', '2017-06-08', [['TUR', 'deployment', 'QAT']], [['QAT', 'deployment', 'TUR']]],
      ['France deployed 4,000 soldiers to Mali.', '2013-01-20', [['FRA', 'deployment', 'MLI']], []],
      ["Russia's military presence in Syria grew.", '2016-01-01', [['RUS', 'deployment', 'SYR']], []],
      ['British warships sailed through the Taiwan Strait.', '2023-06-03', [[['GBR', 'deployment', 'taiwan-strait'], ['royal-navy', 'deployment', 'taiwan-strait']]], []],
      ['The CSTO dispatched peacekeepers to Kazakhstan.', '2022-01-06', [['csto', 'deployment', 'KAZ']], []],
      ['Japan dispatched a destroyer to the Middle East.', '2020-01-10', [['JPN', 'deployment', 'middle-east']], []],
    ],
    knownFailures: [],
  },
  affiliation: {
    rows: [
      // a name after "to" with a role in apposition is a person, not a place
      ['The officers were handed over to Karel De Gucht, the Belgian foreign minister, and flown to Moscow.', '2006-10-03', [['karel-de-gucht', 'affiliation', 'BEL']], []],
      // a possessor's role with a hyphen, then a lower-case description before the name
      ["Armed groups joined forces under a coalition called Viv Ansanm. The coalition's best-known leader, former police officer Jimmy Cherizier, has warned the foreign force.", '2024-06-26', [['jimmy-cherizier', 'affiliation', 'viv-ansanm']], []],
      // "X-linked Y": Y belongs to X
      ['Al-Qaida-linked al-Shabab extremists attacked a military base.', '2020-01-05', [['al-shabaab', 'affiliation', 'al-qaeda']], []],
      // the backbone, wing or affiliate of a body belongs to it
      ['The YPG is the backbone of the SDF, Washington\'s main partner in the fight against Islamic State.', '2018-01-21', [['ypg', 'affiliation', 'sdf']], []],
      ['Al-Shabaab, an affiliate of al-Qaeda, attacked the base.', '2020-01-05', [['al-shabaab', 'affiliation', 'al-qaeda']], []],
      ['Finland joined NATO on April 4.', '2023-04-04', [['FIN', 'affiliation', 'nato']], [['nato', 'affiliation', 'FIN']]],
      ['Sweden became a member of NATO in March.', '2024-03-07', [['SWE', 'affiliation', 'nato']], []],
      ['Vietnam joined ASEAN in 1995.', '1995-07-28', [['VNM', 'affiliation', 'asean']], [['VNM', 'alliance', 'asean']]],
      // a state's possessive before a title, a role before an apposition, bodies the state owns
      ['Morocco\'s Foreign Minister Mohamed Benaissa condemned the Spanish operation.', '2002-07-17', [['mohamed-benaissa', 'affiliation', 'MAR']], [['mohamed-benaissa', 'affiliation', 'ESP']]],
      ['Venezuela\'s envoy to the OAS, Roy Chaderton, dismissed the presentation.', '2010-07-22', [['roy-chaderton', 'affiliation', 'VEN']], []],
      ['Russian state energy giant Gazprom stopped selling gas to Ukraine.', '2009-01-07', [['gazprom', 'affiliation', 'RUS']], []],
      ['Chinese state-owned COSCO bought a stake in the port, and the measures bar Belarusian state banks from EU capital markets.', '2021-06-21', [['cosco', 'affiliation', 'CHN']], [['eu', 'affiliation', 'BLR']]],
      // a surname alias inside a longer name is someone else; particles join names; a commissioner is the EU's
      ['The ministry summoned Canada\'s High Commissioner Cameron MacKay on Tuesday.', '2023-09-19', [['cameron-mackay', 'affiliation', 'CAN']], [['david-cameron', 'affiliation', 'CAN'], ['peter-mackay', 'affiliation', 'CAN']]],
      ['Bahraini Foreign Minister Abdullatif al-Zayani signed the documents.', '2020-09-15', [['abdullatif-al-zayani', 'affiliation', 'BHR']], []],
      ['Trade Commissioner Valdis Dombrovskis said Chinese customs had refused to clear Lithuanian imports.', '2022-01-27', [['valdis-dombrovskis', 'affiliation', 'eu']], [['valdis-dombrovskis', 'affiliation', 'CHN']]],
      // a title several states use belongs to the state named beside it before its usual one
      ['In New Delhi, Foreign Secretary Vijay Gokhale told reporters the raid was pre-emptive.', '2019-02-26', [['vijay-gokhale', 'affiliation', 'IND']], [['vijay-gokhale', 'affiliation', 'GBR']]],
      ['Hungary, a member state of NATO, blocked the decision.', '2023-01-01', [['HUN', 'affiliation', 'nato']], [['nato', 'affiliation', 'HUN']]],
      ['Chinese Foreign Minister Wang Yi arrived in Moscow.', '2023-02-18', [['wang-yi', 'affiliation', 'CHN']], [['wang-yi', 'affiliation', 'RUS']]],
      ['Mohammed Deif, the commander of the Qassam Brigades, appeared in a video.', '2023-10-10', [['mohammed-deif', 'affiliation', 'qassam-brigades']], []],
      ['Hassan Nasrallah, the leader of Hezbollah, spoke on Friday.', '2023-11-03', [['hassan-nasrallah', 'affiliation', 'hezbollah']], []],
      ['Dmitry Peskov, a spokesman for the Kremlin, dismissed the report.', '2022-03-02', [['dmitry-peskov', 'affiliation', 'RUS']], []],
      ['U.S. Secretary of State John Kerry arrived in Seoul.', '2014-03-14', [['john-kerry', 'affiliation', 'USA']], [['john-kerry', 'affiliation', 'KOR']]],
      ["Jens Stoltenberg, NATO's secretary general, visited Kyiv.", '2022-04-07', [['jens-stoltenberg', 'affiliation', 'nato']], [['jens-stoltenberg', 'affiliation', 'UKR']]],
      ['Russian President Vladimir Putin met Chinese President Xi Jinping.', '2024-02-15', [['vladimir-putin', 'affiliation', 'RUS'], ['xi-jinping', 'affiliation', 'CHN']], [['vladimir-putin', 'affiliation', 'CHN']]],
      // "Croatia's membership of": the possessor is the member
      ["Croatia's membership of the European Union began in July.", '2013-07-01', [['HRV', 'affiliation', 'eu']], []],
    ],
    knownFailures: [
    ],
  },
};

describe('relation type tables', () => {
  it('cover all twelve types with at least 8 sentences each, every row naming its type', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...RELATION_TYPES].sort());
    for (const type of RELATION_TYPES) {
      const rows = [...TABLE[type].rows, ...TABLE[type].knownFailures];
      expect(rows.length, type).toBeGreaterThanOrEqual(8);
      for (const [text, , asserted] of rows) {
        const types = asserted.flatMap((x) => (Array.isArray(x[0]) ? (x as unknown as string[][]).map((t) => t[1]) : [x[1] as string]));
        expect(types, text).toContain(type);
      }
    }
  });
});

for (const type of RELATION_TYPES) {
  const { rows, knownFailures } = TABLE[type];
  describe(type, () => {
    it.each(rows)('%s', (text, date, asserted, notAsserted) => {
      expectAsserted(extractSentence(text, date), asserted, notAsserted);
    });
    if (knownFailures.length) {
      // each row's reason is in the table above
      it.fails.each(knownFailures)('known failure: %s', (text, date, asserted, notAsserted) => {
        expectAsserted(extractSentence(text, date), asserted, notAsserted);
      });
    }
  });
}
