/**
 * The catalog additions (data/catalog/companies.json, places.json, groups.json, forces.json,
 * people-additions.json): real recognition in news sentences through the public API, the
 * relations they make possible, and ordinary words that must stay ordinary words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/api.js';
import { loadCatalog } from '../../src/entities/catalog/load.js';
import { CatalogFileSchema } from '../../src/entities/catalog/schema.js';
import { isExtractionError, type Extraction } from '../../src/model.js';
import { isDirected } from '../../src/relation-types.js';
import { dataPath } from '../../src/util/data.js';
import { analyze } from '../fixtures/entities/annotated.js';

function extract(text: string, date = '2023-06-01'): Extraction {
  const result = extractText(text, { date });
  if (isExtractionError(result)) throw new Error(`extraction failed for "${text}": ${result.error}`);
  return result;
}

const key = (s: string, type: string, t: string) => (isDirected(type as never) || s <= t ? `${s} ${type} ${t}` : `${t} ${type} ${s}`);

function asserted(x: Extraction): string[] {
  return x.relations.filter((r) => r.modality === 'asserted').map((r) => key(r.source, r.type, r.target));
}

function ids(text: string): string[] {
  return [...new Set(analyze(text).mentions.map((m) => m.id))];
}

const ADDED = ['companies.json', 'places.json', 'groups.json', 'forces.json', 'people-additions.json'];

describe('the added catalog files', () => {
  const catalog = loadCatalog();
  const files = ADDED.map((f) => ({ file: f, entries: CatalogFileSchema.parse(JSON.parse(readFileSync(dataPath('catalog', f), 'utf8'))).entries }));

  it('hold the expected types and enough entries', () => {
    const count = (f: string) => files.find((x) => x.file === f)!.entries.length;
    expect(count('companies.json')).toBeGreaterThanOrEqual(150);
    expect(count('places.json')).toBeGreaterThanOrEqual(300);
    expect(count('groups.json')).toBeGreaterThanOrEqual(100);
    expect(count('forces.json')).toBeGreaterThanOrEqual(60);
    for (const { file, entries } of files) {
      const want = { 'companies.json': 'organization', 'places.json': 'region', 'groups.json': 'organization', 'forces.json': 'military', 'people-additions.json': 'person' }[file];
      expect(entries.filter((e) => e.type !== want).map((e) => `${file}: ${e.id}`)).toEqual([]);
    }
  });

  it('give companies no state affiliation (a firm is not a body of its home state)', () => {
    const companies = files.find((x) => x.file === 'companies.json')!.entries;
    const bad = companies.filter((e) => e.kind === 'company' && e.affiliation !== undefined).map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it('give every state force its state, and no coalition the state that leads it', () => {
    for (const id of ['french-army', 'russian-navy', 'somali-national-army', 'peshmerga', 'bosnian-serb-army']) {
      expect(catalog.entries.get(id)?.affiliation, id).toBeDefined();
    }
    expect(catalog.entries.get('us-led-coalition')?.affiliation).toBeUndefined();
    expect(catalog.entries.get('saudi-led-coalition')?.affiliation).toBeUndefined();
  });

  it('tie intelligence services to their state, and keep ministries and legislatures acting for it apart', () => {
    const fsb = extract("Coast guard boats of Russia's FSB security service rammed a Ukrainian tugboat on Sunday.", '2018-11-26');
    expect(fsb.relations.some((r) => r.source === 'fsb' && r.type === 'affiliation' && r.target === 'RUS')).toBe(true);
    const state = extract('The State Department said the talks would continue.', '2023-06-01');
    expect(state.relations.some((r) => r.source === 'us-department-of-state' && r.type === 'affiliation')).toBe(false);
  });

  it('place a city or base in its state, and leave disputed or shared places without one', () => {
    expect(catalog.entries.get('mosul')?.state).toBe('IRQ');
    expect(catalog.entries.get('kharkiv')?.state).toBe('UKR');
    expect(catalog.entries.get('hmeimim-air-base')?.state).toBe('SYR');
    for (const id of ['crimea', 'gaza-strip', 'south-china-sea', 'kashmir', 'guantanamo-bay', 'abkhazia']) expect(catalog.entries.get(id)?.state, id).toBeUndefined();
  });

  it('never use a country name, capital or demonym, a person alias, or a bare "coalition" as a place or group alias', () => {
    const protectedForms = new Set<string>();
    for (const e of catalog.entries.values()) {
      if (e.type !== 'country' && e.type !== 'person') continue;
      for (const f of [e.label, ...e.aliases, ...e.capitals, ...e.demonyms, ...e.adjectives]) protectedForms.add(f.replace(/^the\s+/i, '').toLowerCase());
    }
    protectedForms.add('coalition');
    const bad = files.filter((f) => f.file !== 'people-additions.json').flatMap(({ file, entries }) => entries.flatMap((e) =>
      [e.label, ...e.aliases].filter((a) => protectedForms.has(a.replace(/^the\s+/i, '').toLowerCase())).map((a) => `${file}: ${e.id}: ${a}`)));
    expect(bad).toEqual([]);
  });
});

describe('relations with the added actors', () => {
  type Row = [text: string, date: string, expected: string[]];
  const rows: Row[] = [
    ['China sanctioned Lockheed Martin and Raytheon.', '2020-10-26', ['CHN sanction lockheed-martin', 'CHN sanction raytheon']],
    ['The United States imposed sanctions on Gazprombank and Sberbank.', '2022-11-21', ['USA sanction gazprombank', 'USA sanction sberbank']],
    ['Washington blacklisted Huawei and SMIC.', '2020-12-18', ['USA sanction huawei', 'USA sanction smic']],
    ['M23 rebels seized Goma.', '2025-01-28', ['m23 attack goma']],
    ['Israeli forces struck Rafah and Khan Younis.', '2024-05-07', ['ISR attack rafah', 'ISR attack khan-younis']],
    ['Russian forces shelled Kharkiv and Odesa.', '2022-05-01', ['RUS attack kharkiv', 'RUS attack odesa']],
    ["Hemedti's RSF attacked El Fasher.", '2024-06-01', ['rsf attack el-fasher', 'mohamed-hamdan-dagalo affiliation rsf']],
    ['Israel struck southern Lebanon.', '2024-09-23', ['ISR attack south-lebanon']],
    ['Houthi forces attacked Aden.', '2015-04-01', ['houthis attack aden']],
    ['India deployed troops to Ladakh after the Galwan Valley clash.', '2020-06-20', ['IND deployment ladakh']],
    ['Bosnian Serb forces shelled Sarajevo.', '1995-08-28', ['bosnian-serb-army affiliation republika-srpska']],
    ['Burhan met Hemedti in Jeddah.', '2023-05-10', ['abdel-fattah-al-burhan negotiation mohamed-hamdan-dagalo', 'abdel-fattah-al-burhan affiliation SDN']],
  ];
  it.each(rows)('%s', (text, date, expected) => {
    const got = asserted(extract(text, date));
    for (const e of expected) {
      const [s, type, t] = e.split(' ');
      expect(got, `${e} in ${JSON.stringify(got)}`).toContain(key(s, type, t));
    }
  });
});

describe('recognition of the added names', () => {
  const rows: Array<[text: string, expected: string[]]> = [
    ['Jaish-e-Mohammed claimed the attack in Pulwama.', ['jaish-e-mohammed', 'pulwama']],
    ['The U.S.-led coalition carried out airstrikes near Raqqa.', ['us-led-coalition', 'raqqa']],
    ['The Saudi-led coalition bombed Hodeidah.', ['saudi-led-coalition', 'hodeidah']],
    ['Chinese vessels blocked a resupply mission to Second Thomas Shoal near Mischief Reef.', ['CHN', 'second-thomas-shoal', 'mischief-reef']],
    ['Shelling hit the Zaporizhzhia nuclear power plant, the IAEA said.', ['zaporizhzhia-nuclear-power-plant', 'iaea']],
    ['The Pakistani Taliban attacked a checkpoint in North Waziristan.', ['ttp', 'waziristan']],
    ['Fano militias clashed with the Ethiopian National Defense Force in the Amhara region.', ['fano', 'ethiopian-national-defense-force', 'amhara-region']],
    ['Ratko Mladic commanded the Bosnian Serb army around Srebrenica.', ['ratko-mladic', 'bosnian-serb-army', 'srebrenica']],
    ['Maersk and COSCO rerouted ships away from the Bab el-Mandeb.', ['maersk', 'cosco', 'bab-el-mandeb']],
    ['India Ports Global runs a terminal at Chabahar.', ['india-ports-global', 'chabahar']],
    ['Northern Ireland stays in the single market.', ['northern-ireland']],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(ids(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('ordinary words stay ordinary words', () => {
  const rows: Array<[text: string, forbidden: string[]]> = [
    ['Pale light fell on the town as talks began in Geneva.', ['pale']],
    ['The shell hit a house and a total of five people died.', ['shell', 'totalenergies']],
    ['Reliance on imports grew, officials said.', ['reliance-industries']],
    ['Afar from the capital, the rebels regrouped.', ['afar-region']],
    ['The coalition said the talks would go on.', ['us-led-coalition', 'saudi-led-coalition']],
    ['Gao Feng met Wang Yi in Beijing.', ['gao']],
    ['Fires raged across the Amazon for weeks.', ['amazon-com']],
    ['Let the talks begin, the envoy said.', ['lashkar-e-taiba']],
    ['Korea National Oil Corporation signed a deal.', ['libya-national-oil-corporation']],
    ['The Foreign Intelligence Service of Ukraine said Moscow was recruiting.', ['svr']],
    ['Canada\'s House of Commons passed the motion.', ['uk-house-of-commons']],
    ['The Saudi state news agency SPA reported the decision.', ['supreme-peoples-assembly']],
  ];
  it.each(rows)('%s', (text, forbidden) => {
    const found = ids(text);
    for (const id of forbidden) expect(found, id).not.toContain(id);
  });
});
