/**
 * A body's names at home (catalog `homeNames`, home-names.ts) over the real catalog: they
 * name the body in a story datelined in its state, and nothing elsewhere or inside a longer
 * name; the whole entity stage reads the dateline's state from the document's place.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/sentences.js';
import { loadCatalog } from '../../src/entities/catalog/load.js';
import { analyzeEntities, gazetteerFor } from '../../src/entities/index.js';
import { stateOfPlace } from '../../src/entities/dateline-state.js';
import { homeNameMentions } from '../../src/entities/home-names.js';

/** "id: surface" for each home-name mention of the text in a story datelined in `state`. */
function homeNames(text: string, state: string | null): string[] {
  const doc = analyzeText(text);
  return homeNameMentions(doc, [], gazetteerFor(loadCatalog()), state, []).map((m) => `${m.id}: ${text.slice(m.start, m.end)}`);
}

describe('homeNameMentions', () => {
  it('names the bodies of the dateline state by their home names, the longest first', () => {
    expect(homeNames('Congress voted on Wednesday. The House of Representatives agreed, and the Senate and the House met.', 'USA')).toEqual([
      'us-congress: Congress',
      'us-house-of-representatives: House of Representatives',
      'us-senate: Senate',
      'us-house-of-representatives: House',
    ]);
  });

  it('gives the same name to the body of whichever state the story is datelined in', () => {
    expect(homeNames('The Senate rejected the bases treaty.', 'PHL')).toEqual(['philippine-senate: Senate']);
    expect(homeNames('The Senate rejected the bases treaty.', 'GBR')).toEqual([]);
    expect(homeNames('The Senate rejected the bases treaty.', null)).toEqual([]);
  });

  it('leaves a home name inside a longer name, before "of", or without the article its form has', () => {
    expect(homeNames('The African National Congress, the House of Commons and the Senate Foreign Relations Committee protested. Senate leaders met.', 'USA')).toEqual([]);
  });

  it('skips words other mentions hold', () => {
    const text = 'The U.S. Congress voted.';
    const doc = analyzeText(text);
    const catalog = loadCatalog();
    const held = analyzeEntities({ document: { date: '1986-06-26' }, text: doc, skip: [] }, catalog).mentions;
    expect(held.map((m) => m.id)).toContain('us-congress');
    expect(homeNameMentions(doc, held, gazetteerFor(catalog), 'USA', [])).toEqual([]);
  });
});

describe('the dateline state in the entity stage', () => {
  it('reads the state of a dateline place, and home names with it', () => {
    const catalog = loadCatalog();
    expect(stateOfPlace(gazetteerFor(catalog), 'WASHINGTON')).toBe('USA');
    expect(stateOfPlace(gazetteerFor(catalog), 'KABUL, Afghanistan')).toBe('AFG');
    const text = 'Congress voted to give aid to Israel.';
    const ids = (place: string | null) => analyzeEntities({ document: { date: '1986-06-26', place }, text: analyzeText(text), skip: [] }, catalog).mentions.map((m) => m.id);
    expect(ids('WASHINGTON')).toEqual(['us-congress', 'ISR']);
    expect(ids('LONDON')).toEqual(['ISR']);
    expect(ids(null)).toEqual(['ISR']);
  });
});
