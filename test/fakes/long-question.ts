import { questionLimits, questionSchema, type Question } from '../../src/questions/question-schema.js';

/**
 * A hand-written question at every schema limit (id 80 characters, stem 1,000, six choices of 300) with
 * text full of characters both platforms escape, so the escaped message is longer still. Right answer F.
 */
export function longQuestion(): Question {
  const choice = (letter: string) =>
    `${letter}: ${'*a_b* <c> '.repeat(30)}`.slice(0, questionLimits.choiceLength - 1) + letter;
  return questionSchema.parse({
    id: `team-${'long'.repeat(20)}`.slice(0, questionLimits.idLength),
    kind: 'custom',
    topic: 'Queues',
    stem: `Which of these is right? ${'*a_b* <c> & '.repeat(90)}`.slice(0, questionLimits.stemLength - 1) + '?',
    choices: ['A', 'B', 'C', 'D', 'E', 'F'].map(choice),
    answer: 5,
    explanation: 'The team notes say F.',
    source: { file: 'custom/team.yaml', line: 1, section: 'Queues' },
  });
}
