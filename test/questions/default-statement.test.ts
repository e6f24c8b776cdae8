import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { readDefaultStatement } from '../../src/questions/default-statement.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

describe('a default said in prose', () => {
  it.each([
    ['If no mode is specified, you get FastPath', { attribute: 'default mode', value: 'FastPath' }],
    ['if no log level is given, WARNING is used', { attribute: 'default log level', value: 'WARNING' }],
    ['FastPath is the default — if no `mode` is set, the proxy picks it', { attribute: 'default mode', value: 'FastPath' }],
    ['FastPath is the default mode.', { attribute: 'default mode', value: 'FastPath' }],
    ['If no target is chosen, it defaults to /srv/out/', { attribute: 'default target', value: '/srv/out/' }],
  ])('reads %j', (text, expected) => {
    expect(readDefaultStatement(text)).toMatchObject(expected);
  });

  it.each([
    // The default what? No kind is named.
    'FastPath is the default',
    // No shaped value: a plain word could be anything.
    'If no mode is specified, you get the fast one',
    'If no mode is specified, the proxy refuses the request',
  ])('reads nothing from %j', (text) => {
    expect(readDefaultStatement(text)).toBeUndefined();
  });
});

describe('a note stating defaults in prose', () => {
  const file = 'gateway.md';
  const notes = parseNote(file, readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'default-prose', file), 'utf8'));
  const { questions } = generateQuestions(kb(notes.items));

  it('reads an emphasised clause ("**X is the default**") as a fact, not as a term to define', () => {
    expect(notes.items).not.toContainEqual(expect.objectContaining({ kind: 'definition', term: 'DirectRoute is the default' }));
    expect(notes.items).toContainEqual(expect.objectContaining({ kind: 'fact', text: expect.stringContaining('DirectRoute is the default') }));
  });

  it('asks the default by its kind, among the names of that kind the notes write', () => {
    const question = questions.find((q) => q.stem === 'What is the default kind for Gateways?');
    expect(question, JSON.stringify(questions.map((q) => q.stem))).toBeDefined();
    expect(question!.choices[question!.answer]).toBe('DirectRoute');
    // Names of the notes written like the answer; "retryBudget" is a setting's name, not a kind: a
    // joined-up name's first letter says what it names.
    // The other members of the list that holds the answer come first.
    expect(question!.choices).toEqual(expect.arrayContaining(['WeightedRoute', 'MirrorRoute']));
    for (const choice of question!.choices) expect(['DirectRoute', 'WeightedRoute', 'MirrorRoute', 'PlainText', 'TlsOnly', 'MutualTls']).toContain(choice);
    expect(question!.explanation).toContain('if no kind is specified, you get DirectRoute');
  });
});
