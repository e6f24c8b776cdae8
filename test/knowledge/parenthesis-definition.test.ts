import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DefinitionItem } from '../../src/knowledge/item.js';
import { parenthesisDefinitions } from '../../src/knowledge/parenthesis-definition.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

describe('a name with what it is in brackets', () => {
  it.each([
    [
      'Manage hosts with Fleet Console (browser-based console for fleet operators)',
      [{ term: 'Fleet Console', definition: 'browser-based console for fleet operators' }],
    ],
    [
      'Records live in Ledger Store (append-only journal of changes) and Hot Cache (in-memory copy of recent records)',
      [
        { term: 'Ledger Store', definition: 'append-only journal of changes' },
        { term: 'Hot Cache', definition: 'in-memory copy of recent records' },
      ],
    ],
  ])('defines the name from %j', (text, expected) => {
    expect(parenthesisDefinitions(text)).toEqual(expected);
  });

  it.each([
    // A condition, a choice of values, a number, a remark, a property.
    'Basic (if you have few hosts)',
    'Scale (standard or premium)',
    'Snap (changed every 15 min)',
    'V1 (which you should avoid)',
    'Redshift (uses S3 as a stage)',
    // The name again, or its letters spelled out: another name, not a description.
    'AVAILABLE (available for queries during update)',
    'The SAN (storage area network) holds the images',
    // Too short to say what the thing is, or a sentence's first word rather than a name.
    'Fleet Agent (a daemon)',
    'Unlike Fleet Shell (which is scriptable)',
  ])('reads no definition from %j', (text) => {
    expect(parenthesisDefinitions(text)).toEqual([]);
  });

  it('gives a note its bracketed definitions, cited at their lines, beside the facts of the lines', () => {
    const file = 'fleet.md';
    const { items } = parseNote(
      file,
      readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'bracket-definitions', file), 'utf8'),
    );
    const definitions = items.filter((item): item is DefinitionItem => item.kind === 'definition');
    expect(definitions.map((d) => [d.term, d.definition, d.source.line])).toEqual([
      ['Fleet Console', 'browser-based console for fleet operators', 5],
      ['Fleet Shell', 'scriptable terminal client for fleet operators', 6],
      ['Fleet Agent', 'background daemon installed on every host', 7],
      ['Ledger Store', 'append-only journal of host changes', 8],
    ]);
    expect(items).toContainEqual(
      expect.objectContaining({ kind: 'fact', text: expect.stringContaining('Manage hosts with Fleet Console') }),
    );
  });
});
