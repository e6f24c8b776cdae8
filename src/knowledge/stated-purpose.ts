import { commandParts } from './command-line.js';
import { hasExampleValues, withoutArguments } from './command-arguments.js';
import { purposeAfter } from './command-purpose.js';
import { PURPOSE_LEAD_IN } from './english-words.js';

/**
 * A command's job stated as a step of its own, apart from the command: a comment over it ("# list the
 * pods"), the heading over it ("### Reload the unit files"), or the line that leads into it ("To
 * reload the unit files:", "Then check the pool state:").
 */

/** "1. ", "Step 2 — ", "Option 1: ": a number leading a comment says where, not what. */
const NUMBERING = /^(?:(?:step|option|method)\s+\d+\s*[—–:.-]?\s*|\d+[.)]\s+)/i;

/** "List the pods (in the current namespace)" → "lists the pods"; undefined for "or", "Create", "shorthand". */
export function purposeOfStep(said: string, command: string): { name: string; purpose: string } | undefined {
  const parts = commandParts(command);
  if (!parts || hasExampleValues(parts)) return undefined;
  const text = said
    .replace(NUMBERING, '')
    .replace(/[.:;]+$/, '')
    .trim();
  const purpose = purposeAfter(text.charAt(0).toLowerCase() + text.slice(1), true);
  const asked = purpose ? withoutArguments(purpose, parts) : undefined;
  // "# create a user called alice" over "useradd alice": a word after the program that the purpose
  // repeats is the example's own value (or gives the answer away).
  const own = new Set(parts.name.toLowerCase().split(/\s+/).slice(1));
  if (
    !asked ||
    asked
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .some((word) => own.has(word))
  )
    return undefined;
  return { name: parts.name, purpose: asked };
}

/**
 * The job a line leading into a command states, as an imperative: "To reload the units:" and "To
 * reload the units, run:" → "reload the units"; "Then check the pool state:" → "check the pool
 * state"; "Check the status with:" → "check the status". Undefined for a line that points at what
 * follows without a job ("Here is an example:", "Run the following:").
 */
export function leadInJob(intro: string): string | undefined {
  let text = intro
    .trim()
    .replace(/[\s:;.]+$/, '')
    .replace(/,?\s+(?:with|using|by\s+running|by)$/i, '');
  const to = /^to\s+(.+?)(?:,\s+(?:use|run|type|enter|execute|do)\b.*)?$/i.exec(text);
  if (to) return to[1];
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(PURPOSE_LEAD_IN, '').trim();
  }
  return /\b(?:following|run|execute|type|enter)\b/i.test(text) ? undefined : text;
}
