import { describe, expect, it } from 'vitest';
import { comparisonQuestions } from '../../src/questions/comparison-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import type { Question } from '../../src/questions/question-schema.js';
import { tableRowFacts } from '../../src/questions/table-row-facts.js';
import { comparison, kb } from './build-items.js';

// A limits cheat sheet: `| Service | Property | Value |`, one fact per row.
const sheet = () => [
  comparison('Limits', 'Queue', [['Property', 'Message lock (default, min, max)'], ['Value', '45s, 5s, 6h']]),
  comparison('Limits', 'Queue', [['Property', 'Max message size'], ['Value', '128 KB']], { id: 'q-size' }),
  comparison('Limits', 'Queue', [['Property', 'Max number of consumers per queue'], ['Value', '40']], { id: 'q-consumers' }),
  comparison('Limits', 'Queue', [['Property', 'Queue retention timeout'], ['Value', '20']], { id: 'q-bare' }),
  comparison('Limits', 'Topic', [['Property', 'Max subscriptions per topic'], ['Value', '12']], { id: 't-subs' }),
  comparison('Limits', 'Topic', [['Property', 'Max message size'], ['Value', '256 KB']], { id: 't-size' }),
  comparison('Limits', 'Topic', [['Property', 'How long a topic keeps a message'], ['Value', '7 days']], { id: 't-how' }),
  comparison('Limits', 'Stream', [['Property', 'Max record size'], ['Value', '1 MB']], { id: 's-size' }),
  comparison('Limits', 'Stream', [['Property', 'Max shards per stream'], ['Value', '500']], { id: 's-shards' }),
];

function ask(id: string): Question[] {
  const items = sheet();
  const context = buildContext(kb(items));
  return comparisonQuestions(items.find((item) => item.id === id)!, context).flatMap((o) => ('question' in o ? [o.question] : []));
}

describe('property/value tables read as facts', () => {
  it('gives one fact per role a property lists, each with its value and role', () => {
    const facts = tableRowFacts(sheet()[0]!)!;
    expect(facts.map((f) => [f.subject, f.attribute, f.role, f.quantity?.text])).toEqual([
      ['Queue', 'Message lock', 'default', '45s'],
      ['Queue', 'Message lock', 'minimum', '5s'],
      ['Queue', 'Message lock', 'maximum', '6h'],
    ]);
  });

  it('asks each row as a limit of the row thing', () => {
    const [question] = ask('q-size');
    expect(question!.stem).toBe('What is the maximum message size for Queue?');
    expect(question!.choices[question!.answer]).toBe('128 KB');
    const [consumers] = ask('q-consumers');
    expect(consumers!.stem).toBe('What is the maximum number of consumers per queue?');
    expect(consumers!.choices[consumers!.answer]).toBe('40');
  });

  it('asks nothing for a question-worded property, or a bare number under a word for time', () => {
    expect(ask('t-how')).toEqual([]);
    expect(tableRowFacts(sheet()[3]!)![0]!.quantity).toBeUndefined();
    expect(ask('q-bare')).toEqual([]);
  });

  it('leaves a table that compares things across columns to the comparison builder', () => {
    expect(tableRowFacts(comparison('Queues vs Topics', 'Delivery', [['Queue', 'one consumer'], ['Topic', 'every subscriber']]))).toBeUndefined();
  });
});
