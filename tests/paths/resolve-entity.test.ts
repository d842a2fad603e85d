import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGraphFile } from '../../src/graph/io.js';
import {
  EntityNotFoundError, editDistance, matchEntity, normalizeName, resolveEntity, suggestEntities,
} from '../../src/paths/resolve-entity.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/graphs/paths-sample.json', import.meta.url));
const sample = () => readGraphFile(FIXTURE);

describe('normalizeName', () => {
  it('ignores accents, case, dots, a leading "the" and extra spaces', () => {
    expect(normalizeName('José  Ramos-Horta')).toBe('jose ramos horta');
    expect(normalizeName('the U.S.')).toBe('us');
    expect(normalizeName('  The   Republic of KOREA ')).toBe('republic of korea');
    expect(normalizeName("People's Republic of China")).toBe('peoples republic of china');
    expect(normalizeName('theater')).toBe('theater');
  });
});

describe('resolveEntity', () => {
  it('resolves ids, labels and aliases whatever the spelling', () => {
    const graph = sample();
    expect(resolveEntity(graph, 'KOR')).toBe('KOR');
    expect(resolveEntity(graph, 'kor')).toBe('KOR');
    expect(resolveEntity(graph, 'John Kerry')).toBe('john-kerry');
    expect(resolveEntity(graph, 'john kerry')).toBe('john-kerry');
    expect(resolveEntity(graph, 'the U.S.')).toBe('USA');
    expect(resolveEntity(graph, 'US')).toBe('USA');
    expect(resolveEntity(graph, 'Pyongyang')).toBe('PRK');
    expect(resolveEntity(graph, 'jose ramos horta')).toBe('jose-ramos-horta');
    expect(resolveEntity(graph, 'USFK')).toBe('usfk');
    expect(resolveEntity(graph, 'the peninsula')).toBe('korean-peninsula');
  });

  it('reports how it matched', () => {
    const graph = sample();
    expect(matchEntity(graph, 'USA').matchedBy).toBe('id');
    expect(matchEntity(graph, 'united states').matchedBy).toBe('label');
    expect(matchEntity(graph, 'Washington').matchedBy).toBe('alias');
  });

  it('picks the most mentioned entity for a shared alias and names the others', () => {
    const graph = sample();
    // "Korea" is an alias of both Koreas; South Korea has more mentions in the sample
    expect(graph.getNodeAttribute('KOR', 'mentions')).toBeGreaterThan(graph.getNodeAttribute('PRK', 'mentions'));
    expect(matchEntity(graph, 'Korea')).toEqual({ id: 'KOR', matchedBy: 'alias', alsoNamed: ['PRK'] });
    graph.setNodeAttribute('PRK', 'mentions', 100);
    expect(matchEntity(graph, 'korea')).toEqual({ id: 'PRK', matchedBy: 'alias', alsoNamed: ['KOR'] });
  });

  it('throws EntityNotFoundError with the closest names', () => {
    const graph = sample();
    let error: unknown;
    try {
      resolveEntity(graph, 'Nort Korea');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EntityNotFoundError);
    const notFound = error as EntityNotFoundError;
    expect(notFound.suggestions[0]).toEqual({ id: 'PRK', label: 'North Korea' });
    expect(notFound.message).toMatch(/^geokg\/paths: no entity named "Nort Korea" in the graph; did you mean North Korea \(PRK\)/);
    expect(() => resolveEntity(graph, 'Jon Kery')).toThrow(/did you mean John Kerry \(john-kerry\)/);
    expect(() => resolveEntity(graph, 'zzzzzzzz')).toThrow(/^geokg\/paths: no entity named "zzzzzzzz" in the graph$/);
  });

  it('suggests prefix and substring matches before distant names', () => {
    const graph = sample();
    const ids = suggestEntities(graph, 'korea').map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['KOR', 'PRK', 'korean-peninsula', 'usfk']));
    expect(suggestEntities(graph, 'Kore').map((s) => s.id).slice(0, 2)).toEqual(['KOR', 'PRK']);
    expect(suggestEntities(graph, 'Japn')[0].id).toBe('JPN');
  });

  it('sees renamed entities after a first lookup', () => {
    const graph = sample();
    expect(resolveEntity(graph, 'Japan')).toBe('JPN');
    graph.setNodeAttribute('JPN', 'aliases', ['Nippon']);
    expect(resolveEntity(graph, 'nippon')).toBe('JPN');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('korea', 'korea')).toBe(0);
    expect(editDistance('korea', 'kroea')).toBe(1);
    expect(editDistance('kerry', 'kery')).toBe(1);
    expect(editDistance('japan', 'japn')).toBe(1);
    expect(editDistance('china', 'chine')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
