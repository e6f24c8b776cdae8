import { stemmer } from 'stemmer';
import type { Question } from '../question-schema.js';
import { comparisonKey, contentWords } from '../text-tools.js';

/**
 * One job of one command asked twice (r7 review, "repeats"): "Which command changes the ownership?"
 * beside "Which command changes ownership of a file?", both keyed to chown, or beside "Which of these
 * best describes chown USER:GROUP FILE?" keyed to "Changes the ownership of FILE": each answers the
 * other; so does "Which of these grants a key of HALL?" keyed to "quill USER HALL". Two jobs of one command ("creates an archive", "extracts an archive") are two facts.
 */
export class JobsAsked {
  /** Kept command questions by their answer. */
  private readonly commands = new Map<string, Question[]>();
  /** The same by the program of their answer ("chown", "kubectl"). */
  private readonly programs = new Map<string, Question[]>();
  /** Kept "best describes …" questions by each word of their stem: the command they describe is one. */
  private readonly described = new Map<string, Question[]>();
  /** Kept "which of these …?" questions keyed to a command line, by its program. */
  private readonly named = new Map<string, Question[]>();

  /** The kept question asking the job `question` asks of the same command, if there is one. */
  find(question: Question): Question | undefined {
    const answer = keyOf(question.choices[question.answer] ?? '');
    if (question.kind === 'command') {
      const twice = (this.commands.get(answer) ?? []).find((earlier) => nested(earlier.stem, question.stem));
      const program = answer.split(' ')[0] ?? '';
      const told = (this.described.get(program) ?? []).find(
        (earlier) => ` ${keyOf(earlier.stem)} `.includes(` ${answer} `) && overlapping(earlier.choices[earlier.answer] ?? '', question.stem),
      );
      // "Which of these grants the key of HALL? -> quill USER HALL": the job asked the other way.
      const named = (this.named.get(program) ?? []).find((earlier) => startsWith(keyOf(earlier.choices[earlier.answer] ?? ''), answer) && overlapping(earlier.stem, question.stem));
      return twice ?? told ?? named;
    }
    if (question.kind === 'definition-to-term') {
      const line = keyOf(question.choices[question.answer] ?? '');
      return (this.programs.get(line.split(' ')[0] ?? '') ?? []).find((earlier) => startsWith(line, keyOf(earlier.choices[earlier.answer] ?? '')) && overlapping(earlier.stem, question.stem));
    }
    if (question.kind !== 'term-to-definition') return undefined;
    const stem = ` ${keyOf(question.stem)} `;
    const told = (earlier: Question): boolean =>
      stem.includes(` ${keyOf(earlier.choices[earlier.answer] ?? '')} `) && overlapping(question.choices[question.answer] ?? '', earlier.stem);
    for (const word of new Set(stem.trim().split(' '))) {
      const found = (this.programs.get(word) ?? []).find(told);
      if (found) return found;
    }
    return undefined;
  }

  add(question: Question): void {
    if (question.kind === 'command') {
      const answer = keyOf(question.choices[question.answer] ?? '');
      push(this.commands, answer, question);
      push(this.programs, answer.split(' ')[0] ?? '', question);
    }
    if (question.kind === 'definition-to-term') push(this.named, keyOf(question.choices[question.answer] ?? '').split(' ')[0] ?? '', question);
    if (question.kind === 'term-to-definition') for (const word of new Set(keyOf(question.stem).split(' '))) push(this.described, word, question);
  }
}

const push = (map: Map<string, Question[]>, key: string, question: Question): void => {
  map.set(key, [...(map.get(key) ?? []), question]);
};

const keyOf = (text: string): string => comparisonKey(text);

/** "quill user group hall" starts with the command "quill". */
const startsWith = (line: string, command: string): boolean => line === command || line.startsWith(`${command} `);

/** The content words of a job, stemmed, "Which command" left out. */
const wordsOf = (text: string): Set<string> => new Set(contentWords(text.replace(/^\s*which command\b/i, '')).map((word) => stemmer(word)));

/** Every word of the shorter job stands in the longer: "changes the ownership" inside "changes ownership of a file". */
function nested(a: string, b: string): boolean {
  const [short, long] = [wordsOf(a), wordsOf(b)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  return short.size > 0 && [...short].every((word) => long.has(word));
}

/** Two thirds of the shorter job's words, two at least, stand in the other: one job told two ways. */
function overlapping(a: string, b: string): boolean {
  const [short, long] = [wordsOf(a), wordsOf(b)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  const shared = [...short].filter((word) => long.has(word)).length;
  return shared >= 2 && shared * 3 >= short.size * 2;
}
