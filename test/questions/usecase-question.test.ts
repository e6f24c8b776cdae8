import { describe, expect, it } from 'vitest';
import type { UseCaseItem } from '../../src/knowledge/item.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { usecaseQuestions } from '../../src/questions/usecase-question.js';
import { kb, serviceDefinitions } from './build-items.js';

const usecase = (subject: string, situation: string, file = 'choose.md'): UseCaseItem => ({
  kind: 'usecase', id: `use-${subject}-${situation.length}`, topic: subject, subject, situation, source: { file, line: 2 + situation.length % 30, section: ['When to use what'] },
});

const situations = (): UseCaseItem[] => [
  usecase('SQS', 'producers and consumers must be decoupled by a buffer'),
  usecase('Kinesis Data Streams', 'many consumers replay the same ordered records'),
  usecase('SNS', 'one message must fan out to many subscribers at once'),
  usecase('Step Functions', 'a workflow waits for a person to approve a step'),
  usecase('EventBridge', 'events from SaaS partners route to targets by rule'),
];

describe('use-case questions', () => {
  it('asks which service fits the situation, the other situations\' subjects as distractors', () => {
    const items = situations();
    const context = buildContext(kb([...serviceDefinitions(), ...items]));
    const [outcome] = usecaseQuestions(items[0]!, context);
    const question = outcome && 'question' in outcome ? outcome.question : undefined;
    expect(question?.stem).toBe('Which service fits: producers and consumers must be decoupled by a buffer?');
    expect(question?.choices[question.answer]).toBe('SQS');
    expect(question?.choices).toHaveLength(4);
    for (const choice of question!.choices) expect(items.map((i) => i.subject)).toContain(choice);
    expect(question?.kind).toBe('usecase');
  });

  it('never offers a subject the notes also name for the same situation', () => {
    const items = [...situations(), usecase('Amazon MQ', 'producers and consumers must be decoupled by a buffer', 'other.md')];
    const context = buildContext(kb(items));
    const [outcome] = usecaseQuestions(items[0]!, context);
    expect(outcome && 'question' in outcome ? outcome.question.choices : []).not.toContain('Amazon MQ');
  });

  it('is built by generateQuestions and counted under its kind', () => {
    const { summary } = generateQuestions(kb([...serviceDefinitions(), ...situations()]), { kinds: ['usecase', 'definition-to-term'] });
    expect(summary.byKind.usecase).toBeGreaterThanOrEqual(3);
  });

  it('skips a situation too short to ask about', () => {
    const item = usecase('SQS', 'queues');
    expect(usecaseQuestions(item, buildContext(kb([item])))).toEqual([{ skip: 'situation is too short to ask about', item }]);
  });
});
