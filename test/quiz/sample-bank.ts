import { questionSchema, type Question } from '../../src/questions/question-schema.js';

/** A question for tests, validated by the real schema. */
export function makeQuestion(id: string, topic: string, overrides: Partial<Question> = {}): Question {
  return questionSchema.parse({
    id,
    kind: 'custom',
    topic,
    stem: `Which value is right for ${topic} (${id})?`,
    choices: ['one', 'two', 'three', 'four'],
    answer: 1,
    explanation: `The ${topic} value is two.`,
    source: { file: 'notes/aws.md', line: 12, section: `Compute > ${topic}` },
    ...overrides,
  });
}

/** `perTopic` questions for each topic, ids `<topic>-<n>`. */
export function makeBank(topics: string[], perTopic: number): Question[] {
  return topics.flatMap((topic) =>
    Array.from({ length: perTopic }, (_, i) => makeQuestion(`${topic.toLowerCase()}-${i + 1}`, topic)),
  );
}
