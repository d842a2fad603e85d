/**
 * The closed word classes of data/lexicon/word-classes.json: every class the rules read is
 * there, non-empty and without repeats, and the file holds no class nothing reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD_CLASS_NAMES, wordClasses } from '../../src/text/word-classes.js';

const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'lexicon', 'word-classes.json'), 'utf8')) as Record<string, unknown>;

describe('word classes', () => {
  it('reads every class as a non-empty set of distinct words', () => {
    const classes = wordClasses();
    for (const name of WORD_CLASS_NAMES) {
      const list = file[name] as string[];
      expect(Array.isArray(list), name).toBe(true);
      expect(classes[name].size, name).toBeGreaterThan(0);
      expect(classes[name].size, `${name} repeats a word`).toBe(list.length);
      for (const word of list) expect(word, name).toMatch(/^\S(.*\S)?$/);
    }
  });

  it('holds no class that no rule reads, and explains each one', () => {
    const inFile = Object.keys(file).filter((k) => !k.startsWith('$'));
    expect(inFile.filter((k) => !(WORD_CLASS_NAMES as readonly string[]).includes(k))).toEqual([]);
    const comment = String(file.$comment);
    expect(WORD_CLASS_NAMES.filter((name) => !comment.includes(`${name}:`))).toEqual([]);
  });

  it('keeps the lists the rules compare with lower-case words in lower case', () => {
    // names of days and months, canonical titles and the heads of treaty and company names are compared as written ("Monday", "General", "Convention", "Corporation")
    const asWritten = new Set(['timeNames', 'genericTitles', 'bodyOffices', 'treatyHeads', 'companyHeads']);
    for (const name of WORD_CLASS_NAMES) {
      if (asWritten.has(name)) continue;
      for (const word of wordClasses()[name]) expect(word, name).toBe(word.toLowerCase());
    }
  });
});
