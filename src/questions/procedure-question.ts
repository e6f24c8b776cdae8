import type { ListItem, ProcedureStep } from '../knowledge/item.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import type { Candidate } from './pick-distractors.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { comparisonKey } from './text-tools.js';
import { isPath } from '../knowledge/file-paths.js';
import { wordInsideName } from './command-question.js';

/**
 * A numbered procedure under a task heading ("### Recover the admin password", "1. Interrupt the boot,
 * press `e`", "2. Append `init=/bin/sh` to the kernel line", "3. `mount -o remount,rw /`") is asked
 * as "Recover the admin password: what is entered at the step right after “Interrupt the boot, press
 * e”?", with what the procedure's other steps enter as the wrong choices: what comes next is what a
 * learner of a procedure must know, and the other steps' code is of its matter and form. The step
 * asked is the first that enters code and follows another step; a code another procedure of the notes
 * was already asked for (the same task written up twice) moves the question to the next such step.
 */
export function procedureQuestions(item: ListItem, context: GenerationContext): Outcome[] {
  const steps = item.steps;
  if (!steps) return [];
  const entered = [...new Set(steps.flatMap((step) => (step.code ? [step.code] : [])))];
  if (entered.length < MIN_CODES) return [{ skip: 'procedure enters too few codes to choose among', item }];
  const asked = askedCodes(context);
  const at = steps.findIndex((step, index) => index > 0 && step.code !== undefined && steps[index - 1]!.text !== '' && !asked.has(comparisonKey(step.code)) && unique(steps, index - 1));
  if (at < 0) return [{ skip: 'no step of the procedure is left to ask', item }];
  const step = steps[at]!;
  const before = steps[at - 1]!;
  const answer = step.code!;
  const candidates = (): Candidate[] =>
    // "edit `/etc/fstab`": a path a step opens is no thing entered beside commands.
    entered.filter((code) => code !== answer && code !== before.code && isPath(code) === isPath(answer)).map((code) => ({ text: code, tier: Math.abs(steps.findIndex((s) => s.code === code) - at) }));
  const outcome = buildQuestion(
    {
      item,
      kind: 'command',
      variant: 'procedure',
      stem: `${item.title.replace(/[:.]+$/, '')}: what is entered at the step right after “${before.text.replace(/[.:;]+$/, '')}”?`,
      answer,
      candidates,
      explanation: `Step ${at + 1} of “${item.title}”, right after “${before.text}”, is: “${step.text}”.`,
    },
    context,
  );
  if (!('question' in outcome)) return [outcome];
  // "fdisk (select "swap" type)" before mkswap: the stem's word inside the answer's name.
  const { stem, choices } = outcome.question;
  const clue = wordInsideName(stem, answer, choices.filter((choice) => choice !== answer));
  if (clue) return [{ skip: clue, item }];
  asked.add(comparisonKey(answer));
  return [outcome];
}

/** The answer and at least three wrong choices. */
const MIN_CODES = 4;

/** A step named by its text must be the only one with that text, or "right after" it names two steps. */
const unique = (steps: readonly ProcedureStep[], index: number): boolean => steps.filter((step) => step.text === steps[index]!.text).length === 1;

/** The codes procedures of this run were already asked for. */
const askedCodes = perContext((): Set<string> => new Set());
