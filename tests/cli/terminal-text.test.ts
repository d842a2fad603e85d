/**
 * Article text printed for a person (cli/terminal-text.ts, and the commands that print it):
 * the control characters in it reach the terminal as visible pictures, never as controls.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalText } from '../../src/cli/terminal-text.js';
import { hostileString, runCli } from '../reliability/helpers.js';

/** What a terminal would act on: C0 controls but tab and newline, DEL, C1, bidi overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('terminalText', () => {
  it('shows controls as their pictures and keeps newlines, tabs and ordinary text', () => {
    expect(terminalText('clear \u001b[2J title \u001b]0;pwned\u0007 del \u007f csi \u009b rlo \u202e\tend\n'))
      .toBe('clear \u241b[2J title \u241b]0;pwned\u2407 del \u2421 csi \uFFFD rlo \uFFFD\tend\n');
    expect(terminalText('Ким Чен Ын, 김정은, كيم جونغ أون 🇰🇵')).toBe('Ким Чен Ын, 김정은, كيم جونغ أون 🇰🇵');
  });

  it('leaves no control a terminal would act on, in any string', () => {
    fc.assert(fc.property(hostileString(8), (s) => {
      const safe = terminalText(s);
      expect(safe).not.toMatch(CONTROL);
      expect(safe.split('\n').length).toBe(s.split('\n').length);
    }), { numRuns: 300 });
  });
});

describe('geokg path and neighbors, text output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geokg-terminal-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('print an article\'s escape sequences as pictures, and keep them in --json', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'catalog.json'), JSON.stringify({ entries: [{ id: 'formula-party', type: 'organization', label: 'Formula Party' }] }));
    const text = 'WASHINGTON, July 1 -- Formula Party criticized Cuba \u001b[2J\u001b]0;pwned\u0007 over its policy.';
    writeFileSync(join(corpus, 'esc.jsonl'), `${JSON.stringify({ title: 'Esc', date: '2016-07-01', text })}\n`);
    const build = await runCli(['build', corpus, '--out', join(dir, 'out'), '--quiet'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    const graph = join(dir, 'out', 'graph.json');

    const path = await runCli(['path', 'Formula Party', 'Cuba', '--graph', graph], { cwd: dir });
    expect(path.code, path.stderr).toBe(0);
    expect(path.stdout).toContain('Cuba \u241b[2J\u241b]0;pwned\u2407 over');
    expect(path.stdout).not.toMatch(CONTROL);
    const json = await runCli(['path', 'Formula Party', 'Cuba', '--graph', graph, '--json'], { cwd: dir });
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('\\u001b[2J');

    const neighbors = await runCli(['neighbors', 'Cuba', '--graph', graph], { cwd: dir });
    expect(neighbors.code, neighbors.stderr).toBe(0);
    expect(neighbors.stdout).toContain('Formula Party');
    expect(neighbors.stdout).not.toMatch(CONTROL);
  }, 120_000);
});
