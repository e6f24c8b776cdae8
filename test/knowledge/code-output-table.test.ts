import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from '../questions/build-items.js';

const fence = '```';
// A query over a literal document, then the rows it returns; a config file, then a table that explains it.
const notes = [
  '# Reading documents',
  '## Splitting a document into rows',
  `${fence}sql`,
  'DECLARE @doc AS NVARCHAR(MAX) = N\'{ "Planet": { "Rank": 3, "Label": "Blue marble", "Moon": { "Size": 1737 } } }\';',
  "SELECT * FROM SPLIT_DOC(@doc, '$.Planet');",
  fence,
  'key | value | kind',
  '--- | ----- | ----',
  'Rank | 3 | 2',
  'Label | Blue marble | 1',
  'Moon | { "Size": 1737 } | 5',
  '',
  '## Proxy config',
  fence,
  'listen 8080',
  'cache 45',
  'retries 4',
  fence,
  '',
  '| Directive | Function |',
  '|---|---|',
  '| `listen` | Port the proxy accepts requests on |',
  '| `cache` | Seconds an answer is kept before it is fetched again |',
  '| `retries` | Attempts before the upstream is marked down |',
  '',
].join('\n');

describe('a table right under a code block', () => {
  const { items } = parseNote('docs.md', notes);
  const { questions } = generateQuestions(kb(items));

  it('is the code’s output when its rows repeat the code’s literals: no fact is read from it', () => {
    expect(items.filter((item) => item.source.line >= 7 && item.source.line <= 11)).toEqual([]);
    expect(questions.filter((q) => /\b(Rank|Label|Moon)\b/.test(q.stem))).toEqual([]);
  });

  it('explains the code when its cells say something of their own', () => {
    expect(items.filter((item) => item.source.line >= 21).length).toBeGreaterThan(0);
  });
});
