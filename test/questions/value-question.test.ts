import { describe, expect, it } from 'vitest';
import type { FactItem, Item } from '../../src/knowledge/item.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { quantityQuestions } from '../../src/questions/quantity-question.js';
import type { Question } from '../../src/questions/question-schema.js';
import { readValue } from '../../src/questions/value-question.js';
import { kb, list } from './build-items.js';

// Facts whose value is a name, as the parser gives them: no quantity, the statement in `text`.
const said = (topic: string, text: string, file = 'queues.md', extra: Partial<FactItem> = {}): FactItem => ({
  kind: 'fact',
  id: `fact-${text.slice(0, 24)}`,
  topic,
  subject: topic,
  attribute: '',
  text,
  source: { file, line: 3 + (text.length % 30), section: [topic] },
  ...extra,
});

const brokerNotes = (): Item[] => [
  said('Broker', 'Default delivery mode is AT LEAST ONCE (see Delivery).'),
  said('Broker', 'AT MOST ONCE drops a message when the consumer crashes.'),
  said('Broker', 'EXACTLY ONCE needs an idempotent consumer.'),
  said('Broker', 'Teams often switch to AT MOST ONCE for metrics.'),
  said('Worker', 'default stop signal is SIGQUIT (3) and it lets the worker drain its queue.', 'worker.md'),
  said('Worker', 'SIGKILL cannot be caught; SIGHUP reloads the settings.', 'worker.md'),
  said('Worker', 'SIGUSR1 rotates the log file.', 'worker.md'),
  said('Worker', 'Default spool directory: /srv/queue/out/', 'worker.md'),
  said('Worker', 'Crash dumps are kept in /var/crash/worker and logs in /var/log/worker', 'worker.md'),
  said('Worker', 'The pid file is /run/worker.pid', 'worker.md'),
  said('Broker', 'Examples: RabbitMQ, ActiveMQ, ZeroMQ'),
];

function ask(text: string, items = brokerNotes()): Question[] {
  const context = buildContext(kb(items));
  const fact = context.facts.find((f) => f.text === text)!;
  return quantityQuestions(fact, context).flatMap((o) => ('question' in o ? [o.question] : []));
}

describe('value questions (facts whose value is a name)', () => {
  it('asks a default written in capitals, with sibling values of the notes as distractors', () => {
    const [question] = ask('Default delivery mode is AT LEAST ONCE (see Delivery).');
    expect(question!.stem).toBe('What is the default delivery mode for Broker?');
    expect(question!.choices[question!.answer]).toBe('AT LEAST ONCE');
    expect(new Set(question!.choices)).toEqual(new Set(['AT LEAST ONCE', 'AT MOST ONCE', 'EXACTLY ONCE']));
    expect(question!.explanation).toContain('Default delivery mode is AT LEAST ONCE');
  });

  it('keeps a parenthesis and a following clause out of the answer, and leaves a task heading out of the stem', () => {
    const items = brokerNotes().map((item) => (item.source.file === 'worker.md' ? { ...item, topic: 'Run and Stop the Worker/Daemon', subject: 'Run and Stop the Worker/Daemon', source: { ...item.source, section: ['Run and Stop the Worker/Daemon'] } } : item));
    const [question] = ask('default stop signal is SIGQUIT (3) and it lets the worker drain its queue.', items);
    expect(question!.stem).toBe('What is the default stop signal?');
    expect(question!.choices[question!.answer]).toBe('SIGQUIT');
    for (const choice of question!.choices) expect(choice).toMatch(/^SIG[A-Z0-9]+$/);
  });

  it('asks a directory among directories, never a file under the answer', () => {
    const [question] = ask('Default spool directory: /srv/queue/out/');
    expect(question!.choices[question!.answer]).toBe('/srv/queue/out/');
    expect(question!.choices).not.toContain('/run/worker.pid');
    expect(question!.choices).toEqual(expect.arrayContaining(['/var/crash/worker', '/var/log/worker']));
  });

  it('gives no question when the value is one of a list, or too few siblings exist', () => {
    expect(ask('Examples: RabbitMQ, ActiveMQ, ZeroMQ')).toEqual([]);
    expect(ask('The pid file is /run/worker.pid')).toEqual([]);
  });

  it('reads only shaped values: a sentence or a plain word is not a value, a name on the left is no attribute', () => {
    expect(readValue({ attribute: '', text: 'Default delivery mode is AT LEAST ONCE' })).toEqual({ attribute: 'Default delivery mode', value: 'AT LEAST ONCE', shape: 'caps' });
    expect(readValue({ attribute: 'entry point', text: 'entry point: runWorker' })).toEqual({ attribute: 'entry point', value: 'runWorker', shape: 'camel' });
    expect(readValue({ attribute: '', text: 'The default mode is fast and cheap' })).toBeUndefined();
    expect(readValue({ attribute: '', text: 'CNAME is chargeable, ALIAS is not' })).toBeUndefined();
    expect(readValue({ attribute: '', text: 'The default mode is not AT MOST ONCE' })).toBeUndefined();
    expect(readValue({ attribute: '', text: 'Supported modes: AT MOST ONCE, EXACTLY ONCE' })).toBeUndefined();
  });

  it('is part of a generation run, one question per fact, passing every gate', () => {
    const { questions } = generateQuestions(kb([...brokerNotes(), list('Queue brokers', ['RabbitMQ', 'ActiveMQ', 'ZeroMQ'])]));
    const asked = questions.filter((q) => /default (delivery mode|stop signal)/.test(q.stem));
    expect(asked.map((q) => q.choices[q.answer]).sort()).toEqual(['AT LEAST ONCE', 'SIGQUIT']);
  });
});
