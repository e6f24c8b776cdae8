import type { FactItem } from '../../knowledge/item.js';

/**
 * Gate "a fact, not an example" (issue 10, pattern 4 and 6): a number met in a worked example, a lab
 * or practice task, or as the argument of a command is what someone typed once, not a value to learn
 * ("lvextend -L +10G", "swap: 2 GB for 1 GB of RAM, e.g.", "LA 3: set the timeout to 1 s"). Returns
 * the reason, or undefined when the number is stated as a fact.
 */
export function exampleValue(item: Pick<FactItem, 'text' | 'source' | 'quantity'>): string | undefined {
  if (item.source.section.some((heading) => exampleHeading.test(heading))) return 'the value comes from an example or a practice task';
  if (exampleWords.test(item.text)) return 'the value is only an example';
  if (workedProblem.test(item.text)) return 'the value is given in a worked problem';
  if (commandLine.test(item.text) || signed(item)) return 'the value is the argument of a command';
  return undefined;
}

// A heading that announces worked examples or exercises, in the words people use for them: "Examples",
// "Lab 3", "Practice task", "Exercise", "Scenario", "Demo", "Walkthrough", "LA 2" (a lab assignment),
// "Step 1 — Generate a 32-byte key" (a step of a procedure: what one run of it typed).
const exampleHeading = /\b(examples?|samples?|labs?|practi[cs]e|exercises?|tasks?|scenarios?|demos?|walk-?through|hands-on|try it|worked|homework|assignment)\b|^(LA|Lab|Ex)\s*\d*\b|^(?:step|phase)\s*\d+\b/i;

// Words that mark a value as an illustration: "e.g. 10 %", "for example", "such as", "say 2 GB".
const exampleWords = /\b(e\.g\.|eg\.|for example|for instance|such as|as an example|example:|i\.e\. something like|say,)|\b(?:an|one|this|sample) example\b|\bexample (?:values?|settings?|configurations?)\b/i;

// A problem to solve, whose numbers are its data: "Given a rate of 8 %, calculate …", "Q12: 60 % …".
// A question followed by its answer ("What is the future value …, given 10 %? Answer: …") is one too.
const workedProblem = /\b(given|using|assuming|assume|suppose)\b[^.?!]*\b(calculate|compute|find|determine|solve|estimate)\b|^\s*(?:Q|Question|Problem|Ex(?:ercise)?)\s*\d+\s*[:.)]|\?\s*[*_]*\s*(?:answer|solution)\s*[*_]*\s*:/i;

// A line that is a shell command: a lower-case command word, then a flag ("-L", "--size") or a
// "+10G"-style argument.
const commandLine = /^\s*(?:\$\s*|#\s+)?(?:sudo\s+)?[a-z][\w.-]*(?:\s+[\w./:=-]+)*?\s+(?:--?[A-Za-z][\w-]*|\+\d)/;

/** "+800M", "-L +10G": a number with a sign before it is a size to add, typed as a command's argument. */
function signed(item: Pick<FactItem, 'text' | 'quantity'>): boolean {
  const written = item.quantity?.text ?? '';
  const at = written === '' ? -1 : item.text.indexOf(written);
  // "-20 to 19" is a range below zero, not a size to take away; "-10G" is.
  return /^\+\d/.test(written) || /^-\d[\d.]*\s?[KMGT]\b/i.test(written) || (at > 0 && /(^|\s)\+$/.test(item.text.slice(0, at)));
}
