import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocumentFile } from '../../src/corpus/load.js';
import {
  canonicalAgency, isNavigationLine, parseByline, parseDateLine, parseDateline, recognizeWireLayout,
} from '../../src/corpus/wire.js';

type DatelineCase = [string, { place: string; agency: string | null; month: number | null; day: number | null; year: number | null } | null];

describe('parseDateline', () => {
  const cases: DatelineCase[] = [
    ['WASHINGTON, March 13 (Yonhap) -- U.S. Secretary', { place: 'WASHINGTON', agency: 'Yonhap', month: 3, day: 13, year: null }],
    ['SEOUL (Reuters) - South Korea said', { place: 'SEOUL', agency: 'Reuters', month: null, day: null, year: null }],
    ['MOSCOW, Feb 3 (AP) — Russia said', { place: 'MOSCOW', agency: 'AP', month: 2, day: 3, year: null }],
    ['BEIJING, Jan. 5 (Xinhua) -- China said', { place: 'BEIJING', agency: 'Xinhua', month: 1, day: 5, year: null }],
    ['TOKYO, Sept. 12, 2013 (Kyodo) -- Japan', { place: 'TOKYO', agency: 'Kyodo', month: 9, day: 12, year: 2013 }],
    ['PYONGYANG, April 15 (KCNA) -- The DPRK', { place: 'PYONGYANG', agency: 'KCNA', month: 4, day: 15, year: null }],
    ['UNITED NATIONS, Nov. 2 (Yonhap) -- The council', { place: 'UNITED NATIONS', agency: 'Yonhap', month: 11, day: 2, year: null }],
    ['NEW DELHI, 5 January (PTI) -- India', { place: 'NEW DELHI', agency: 'PTI', month: 1, day: 5, year: null }],
    ['PARIS, 14 July 2019 (AFP) - France', { place: 'PARIS', agency: 'AFP', month: 7, day: 14, year: 2019 }],
    ['KYIV, Ukraine (AP) — Ukrainian forces', { place: 'KYIV, Ukraine', agency: 'AP', month: null, day: null, year: null }],
    ['SAN FRANCISCO, Calif. (AP) — A judge', { place: 'SAN FRANCISCO, Calif.', agency: 'AP', month: null, day: null, year: null }],
    ['ANKARA, May 2 (Anadolu Agency) -- Turkey', { place: 'ANKARA', agency: 'Anadolu', month: 5, day: 2, year: null }],
    ['BERLIN, May 13 (dpa) -- Germany', { place: 'BERLIN', agency: 'dpa', month: 5, day: 13, year: null }],
    ['KUALA LUMPUR, Aug 8 (Bernama) -- Malaysia', { place: 'KUALA LUMPUR', agency: 'Bernama', month: 8, day: 8, year: null }],
    ['MOSCOW, Dec. 1 (ITAR-TASS) -- Russia', { place: 'MOSCOW', agency: 'TASS', month: 12, day: 1, year: null }],
    ['WASHINGTON (Associated Press) — The Senate', { place: 'WASHINGTON', agency: 'AP', month: null, day: null, year: null }],
    ['WASHINGTON — The Senate voted', { place: 'WASHINGTON', agency: null, month: null, day: null, year: null }],
    ['ST. PETERSBURG, June 1 (Interfax) – Russia', { place: 'ST. PETERSBURG', agency: 'Interfax', month: 6, day: 1, year: null }],
    ['PORT-AU-PRINCE, Haiti (AP) — Gangs', { place: 'PORT-AU-PRINCE, Haiti', agency: 'AP', month: null, day: null, year: null }],
    ['Seoul, March 14 (AFP) - South Korea', { place: 'Seoul', agency: 'AFP', month: 3, day: 14, year: null }],
    ['JERUSALEM (CNN) -- Israel', { place: 'JERUSALEM', agency: 'CNN', month: null, day: null, year: null }],
    // Not datelines.
    ['Secretary Kerry -- who spoke first -- said', null],
    ['US-China trade talks resumed on Monday.', null],
    ['The talks in Geneva ended without a deal.', null],
    ['WASHINGTON said nothing.', null],
    ['"We are working with Japan," the secretary said.', null],
    ['A -- B', null],
  ];
  it.each(cases)('%j', (line, expected) => {
    const dateline = parseDateline(line);
    if (expected === null) {
      expect(dateline).toBeNull();
      return;
    }
    expect(dateline).toMatchObject(expected);
    // The dateline ends right where the first word of the story begins.
    expect(line.slice(dateline!.length)).toMatch(/^\S/);
    expect(line.slice(0, dateline!.length)).toMatch(/(--|—|–|-)\s*$/);
  });
});

describe('parseDateLine (a line that is only a date)', () => {
  const cases: [string, string | null][] = [
    ['2014/03/14 03:28', '2014-03-14'],
    ['March 14, 2014', '2014-03-14'],
    ['14 March 2014', '2014-03-14'],
    ['2014-03-14', '2014-03-14'],
    ['Updated: 2014-03-14 05:10', '2014-03-14'],
    ['Published on March 14, 2014', '2014-03-14'],
    ['Posted : 14 Mar 2014', '2014-03-14'],
    ['By Lee Chi-dong', null],
    ['Kerry: U.S. seeking to assure S. Korea, Japan of nuclear umbrella', null],
    ['The 2014-03-14 meeting was cancelled because of the storm.', null],
  ];
  it.each(cases)('%j -> %j', (line, expected) => {
    expect(parseDateLine(line)).toBe(expected);
  });
});

describe('navigation lines and bylines', () => {
  it.each([
    ['Go Search Go Contents Go to bottom site map', true],
    ['Home | World | Asia', true],
    ['Home > Politics', true],
    ['Skip to main content', true],
    ['Back to top', true],
    ['Kerry: U.S. seeking to assure S. Korea, Japan of nuclear umbrella', false],
    ['South Korea and Japan hold talks', false],
    ['Go to the site, he said.', false],
    ['Seoul | Yonhap', false],
    ['Home', false],
  ])('isNavigationLine(%j) is %s', (line, expected) => {
    expect(isNavigationLine(line)).toBe(expected);
  });

  it.each([
    ['By Lee Chi-dong', 'Lee Chi-dong'],
    ['by JANE ROE', 'JANE ROE'],
    ['Reported by Kim Soo-yeon and John Doe', 'Kim Soo-yeon and John Doe'],
    ['By the time talks began, both sides had left.', null],
    ['Bystanders watched the parade', null],
  ])('parseByline(%j) is %j', (line, expected) => {
    expect(parseByline(line)).toBe(expected);
  });

  it('maps agency spellings to canonical sources and keeps unknown ones', () => {
    expect(canonicalAgency('Associated Press')).toBe('AP');
    expect(canonicalAgency('agence france-presse')).toBe('AFP');
    expect(canonicalAgency('Yonhap News Agency')).toBe('Yonhap');
    expect(canonicalAgency('Some Local Wire')).toBe('Some Local Wire');
  });
});

describe('recognizeWireLayout', () => {
  it('reads a full wire header and removes only the navigation line', () => {
    const input = 'Home | News\n\nRussia, China hold naval drills\n\nJuly 3, 2021\n\nBy Ivan Example\n\n' +
      'VLADIVOSTOK, July 2 (TASS) -- Russian and Chinese warships began joint drills.\n\nThe drills last a week.\n';
    const layout = recognizeWireLayout(input);
    expect(layout.text.startsWith('Russia, China hold naval drills\n')).toBe(true);
    expect(layout.text).not.toContain('Home | News');
    expect(layout.title).toBe('Russia, China hold naval drills');
    expect(layout.date).toBe('2021-07-03');
    expect(layout.source).toBe('TASS');
    expect(layout.place).toBe('VLADIVOSTOK');
    expect(layout.byline).toBe('Ivan Example');
    expect(layout.text.slice(layout.bodyStart)).toMatch(/^VLADIVOSTOK, July 2/);
  });

  it('takes the year of a dayless dateline from the hints, else leaves the date unknown', () => {
    const input = 'Title of the story here\n\nHANOI, Oct. 9 (VNA) -- Vietnam and Laos signed a pact.\n';
    expect(recognizeWireLayout(input).date).toBeNull();
    expect(recognizeWireLayout(input, { year: 2017 }).date).toBe('2017-10-09');
  });

  it('skips a section label when choosing the title line', () => {
    const input = 'Politics\n\nSouth Africa and Nigeria sign energy deal\n\nABUJA (Reuters) - The two countries signed a deal.\n';
    expect(recognizeWireLayout(input).title).toBe('South Africa and Nigeria sign energy deal');
  });

  it('ignores a dateline quoted deep in the body', () => {
    const input = 'The meeting ended late.\n\nOfficials left the capital.\n\nSEOUL (Reuters) - quoted later\n';
    const layout = recognizeWireLayout(input);
    expect(layout.place).toBeNull();
    expect(layout.bodyStart).toBe(0);
  });

  it('gives a plain text with a title line its title and a body start after it', () => {
    const input = 'Japan and Australia sign trade pact\n\nJapan and Australia signed a trade agreement.\n';
    const layout = recognizeWireLayout(input);
    expect(layout.title).toBe('Japan and Australia sign trade pact');
    expect(layout.text.slice(layout.bodyStart)).toMatch(/^Japan and Australia signed/);
  });

  it('treats a one-paragraph text as all body', () => {
    const layout = recognizeWireLayout('China criticized the sanctions on Monday.\n');
    expect(layout).toMatchObject({ title: null, bodyStart: 0, place: null });
  });

  it('drops trailing menu lines after the article', () => {
    const layout = recognizeWireLayout('Title line of the story\n\nSEOUL (Yonhap) -- Body text.\n\nGo to top\n');
    expect(layout.text).not.toContain('Go to top');
    expect(layout.text).toContain('Body text.');
  });
});

describe('the seed article', () => {
  const seed = join(resolve(import.meta.dirname, '..', '..'), '..', 'shared', 'seeds', 'yonhap-2014-03-14-kerry-nuclear-umbrella.txt');
  const available = existsSync(seed);
  if (!available && !process.env.CI) {
    console.warn(`NOTICE: ../shared is absent (${seed}); skipping the seed article test`);
  }

  it.skipIf(!available && !process.env.CI)('loads with title, date, source, place and body start', () => {
    expect(existsSync(seed), `seed article missing at ${seed}`).toBe(true);
    const [result] = loadDocumentFile(seed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.document;
    expect(doc.title).toBe('Kerry: U.S. seeking to assure S. Korea, Japan of nuclear umbrella');
    expect(doc.date).toBe('2014-03-14');
    expect(doc.source).toBe('Yonhap');
    expect(doc.place).toBe('WASHINGTON');
    expect(doc.text).not.toContain('Go Search');
    expect(doc.text).not.toContain('site map');
    expect(doc.text.slice(doc.bodyStart!).startsWith('WASHINGTON, March 13 (Yonhap) --')).toBe(true);
    // Everything but the navigation line is kept, so the title stays searchable.
    const raw = readFileSync(seed, 'utf8').replace(/\r\n?/g, '\n');
    expect(doc.text.includes(doc.title!)).toBe(true);
    expect(raw.endsWith(doc.text)).toBe(true);
  });
});

describe('menu lines inside the body', () => {
  it('stay text when no dateline marks the header', () => {
    const input = 'Skip to content\n\nThe ministers met in Lima on Monday.\n\nSign up\n\nThey agreed to meet again.\n';
    const layout = recognizeWireLayout(input);
    expect(layout.text).toBe('The ministers met in Lima on Monday.\n\nSign up\n\nThey agreed to meet again.\n');
    expect(layout.bodyStart).toBe(0);
  });
});
