import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { definitionQuestions } from '../../src/questions/definition-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { codeNamesBeside, isCodeName } from '../../src/questions/shaped-siblings.js';
import { kb } from './build-items.js';

// Notes written for this test: a file of SQL string functions, some defined, some only listed.
const STRINGS = `## String functions
### Null handling
- COALESCE() - Returns the first argument that holds a value
- NULLIF() - Gives back null when both arguments are equal
- ISNULL() - Swaps a null for the replacement value given second
### Trimming
- LTRIM(text)
- RTRIM(text)
- TRIM(text, characters)
### Lengths
- LEN(text) - counts characters, leaving out trailing spaces
- DATALENGTH(text) - counts bytes
`;

// A file of product acronyms: short capitals that no call or underscore marks as code.
const PRODUCTS = `## Edge products
- WAF - Filters web requests by rules you write
- CDN - Caches copies of content close to readers
- DNS - Turns host names into addresses
- KMS - Holds encryption keys for other services
`;

function contextOf(...notes: Array<[string, string]>) {
  return buildContext(kb(notes.flatMap(([file, text]) => parseNote(file, text).items)));
}

const definitionOf = (context: ReturnType<typeof contextOf>, term: string) => context.definitions.find((d) => d.term === term)!;

describe('code names as wrong choices', () => {
  it('offers the functions the same file lists beside a defined function, its own section first', () => {
    const context = contextOf(['sql/strings.md', STRINGS]);
    const candidates = codeNamesBeside(definitionOf(context, 'COALESCE'), context);
    // LTRIM and RTRIM are listed bare, but beside TRIM(text, characters): code names too.
    expect(candidates.map((c) => c.text).sort()).toEqual(['LTRIM', 'RTRIM', 'TRIM']);
    // NULLIF, LEN are defined: their definitions are judged in the sibling pools, not offered blind from here.
    expect(candidates.every((c) => c.tier > 10)).toBe(true);
  });

  it('asks a defined function beside the functions of its file', () => {
    const context = contextOf(['sql/strings.md', STRINGS]);
    const [outcome] = definitionQuestions(definitionOf(context, 'COALESCE'), context);
    expect('question' in outcome!).toBe(true);
    if (!('question' in outcome!)) return;
    const { choices, answer } = outcome.question;
    expect(choices).toHaveLength(4);
    expect(choices[answer]).toBe('COALESCE');
    // Its section's functions first, then one written further down the file, defined or listed.
    expect(choices).toEqual(expect.arrayContaining(['NULLIF', 'ISNULL']));
    expect(choices.filter((choice) => ['LEN', 'DATALENGTH', 'LTRIM', 'RTRIM', 'TRIM'].includes(choice))).toHaveLength(1);
  });

  it('skips a function whose name opens with a word of the stem ("null" in NULLIF), asks one a wrong choice spells alike (DATALENGTH beside LEN)', () => {
    const context = contextOf(['sql/strings.md', STRINGS]);
    expect(definitionQuestions(definitionOf(context, 'NULLIF'), context).map((o) => ('skip' in o ? o.skip : o.question.stem))).toEqual(['a word of the stem stands inside the code name']);
    const [len] = definitionQuestions(definitionOf(context, 'LEN'), context);
    expect('question' in len! && len.question.choices).toEqual(expect.arrayContaining(['LEN', 'DATALENGTH']));
  });

  it('reads no code from product acronyms, nor from names of another file', () => {
    const context = contextOf(['sql/strings.md', STRINGS], ['edge.md', PRODUCTS]);
    const waf = context.definitions.find((d) => d.term === 'WAF');
    expect(waf && isCodeName(waf, context)).toBe(false);
    const names = codeNamesBeside(definitionOf(context, 'COALESCE'), context).map((c) => c.text);
    expect(names).not.toContain('CDN');
    expect(names).not.toContain('WAF');
  });

  it('asks a function whose name holds a word of the stem when wrong choices hold it as well, not when only it does', () => {
    const strings = `## Text tools
### Working with strings
- STRING_SPLIT(text, separator) - Breaks a string into rows at each separator
- STRING_AGG(column, separator) - Glues the string values of a group together
- STRING_ESCAPE(text, kind) - Escapes special characters of a string for JSON
`;
    const context = contextOf(['sql/text.md', strings]);
    const [split] = definitionQuestions(definitionOf(context, 'STRING_SPLIT'), context);
    // "string" stands in STRING_AGG and STRING_ESCAPE too: the reader must know which one splits.
    expect('question' in split! && split.question.choices[split.question.answer]).toBe('STRING_SPLIT');
    expect('question' in split! && split.question.choices.filter((choice) => choice.startsWith('STRING_')).length).toBeGreaterThan(1);
    // Under "Splitting and joining", "splitting" holds SPLIT, which no other choice holds.
    const headed = contextOf(['sql/text.md', strings.replace('Working with strings', 'Splitting and joining')]);
    expect(definitionQuestions(definitionOf(headed, 'STRING_SPLIT'), headed).map((o) => ('skip' in o ? o.skip : o.question.stem))).toEqual(['a word of the stem stands inside the code name']);
  });
});
