import type { Question } from '../src/questions/question-schema.js';
import { seededFraction } from '../src/quiz/seeded-random.js';

/**
 * `count` questions drawn from `bank` with a fixed seed, written for a reviewer who has not read the
 * code: each with its choices, the marked answer, the explanation and the cited line of the notes.
 */
export function reviewSample(
  bank: readonly Question[],
  count: number,
  seed: string,
  lineAt: (file: string, line: number) => string,
): string {
  const pool = [...bank];
  const drawn: Question[] = [];
  while (drawn.length < count && pool.length > 0)
    drawn.push(pool.splice(Math.floor(seededFraction(seed, String(drawn.length)) * pool.length), 1)[0]!);
  const letters = 'ABCDEF';
  const header = `# ${drawn.length} questions drawn from a bank of ${bank.length} (seed ${seed})\n\n`;
  return (
    header +
    drawn
      .map((q, n) =>
        [
          `## ${n + 1}. ${q.id}`,
          `Topic: ${q.topic}`,
          `Q: ${q.stem}`,
          ...q.choices.map((choice, i) => `  ${letters[i]}) ${choice}${i === q.answer ? '   <- keyed answer' : ''}`),
          `Explanation: ${q.explanation}`,
          `Source: ${q.source.file}:${q.source.line} (${q.source.section})`,
          `Cited line: ${lineAt(q.source.file, q.source.line).trim()}`,
        ].join('\n'),
      )
      .join('\n\n')
  );
}
