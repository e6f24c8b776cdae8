import type { FactItem } from '../knowledge/item.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import type { Candidate } from './pick-distractors.js';
import { buildQuestion, type Outcome } from './question-draft.js';

/**
 * A default permission mode said in prose, "processes (like vim) will default to 666 permissions on
 * files", the way admins note what a file or directory gets before a mask or an ACL applies. It is
 * asked "What permissions do processes default to on files?", with the other octal modes of the notes
 * (of as many digits) as the wrong choices: what a learner must tell apart are the modes themselves.
 * The parenthesised example ("like vim") is left out: it is no part of what is asked.
 */
export function defaultModeQuestions(fact: FactItem, context: GenerationContext): Outcome[] {
  const plain = fact.text.replace(EXAMPLE, '').trim();
  const said = DEFAULT_MODE.exec(plain);
  if (!said) return [];
  const [, who, mode, , link, what] = said;
  const modes = modesOf(context);
  const candidates = (): Candidate[] => [
    ...modes.filter((other) => other !== mode && other.length === mode!.length).map((other) => ({ text: other, tier: 0 })),
    ...neighbours(mode!),
  ];
  return [
    buildQuestion(
      {
        // The example read as the subject's, not the value's: the gates judge the line without it.
        item: { ...fact, text: plain },
        kind: 'quantity',
        variant: 'default-mode',
        stem: `What permissions do ${who!.toLowerCase()} default to ${link!.toLowerCase()} ${what}?`,
        answer: mode!,
        candidates,
        numberOf: (text) => (/^[0-7]{3,4}$/.test(text) ? Number.parseInt(text, 8) : undefined),
        explanation: `By default ${who!.toLowerCase()} get ${mode} ${link!.toLowerCase()} ${what}. The notes: “${fact.text}”`,
      },
      context,
    ),
  ];
}

/** "processes will default to 666 permissions on files", "new directories default to 0777 mode for users". */
const DEFAULT_MODE = /^(?:the\s+)?(\p{L}[\p{Ll}\s-]{2,40}?)\s+(?:will\s+|would\s+)?defaults?\s+to\s+([0-7]{3,4})\s+(permissions?|perms?|mode)\s+(on|for)\s+(\p{Ll}[\p{Ll}\s-]{2,30}?)[.!]?$/u;

/** "(like vim)", "(e.g. mkdir)", "(such as cp)": an example of the subject. */
const EXAMPLE = /\s*\((?:like|e\.g\.?|such\s+as)\s[^()]*\)/giu;

/** The octal modes the notes write as such: a number of three or four octal digits a word calls a mode ("600 perms"). */
const modesOf = perContext((context) => {
  const modes: string[] = [];
  for (const item of context.items) {
    if (item.kind !== 'fact' || !/[0-7]{3}/.test(item.text)) continue;
    for (const match of item.text.matchAll(WORDED_MODE)) if (!modes.includes(match[1]!)) modes.push(match[1]!);
  }
  return modes;
});

const WORDED_MODE = /(?<![\d.])([0-7]{3,4})\s+(?:permissions?|perms?|mode)\b/gu;

/**
 * Modes an item writer sets beside a mode, the usual ones: the owner reads and writes, and may run
 * (7, 6) or only reads (4); the group and others each get the owner's bits, those without write, or
 * nothing, others never more than the group (644, 750, 600). Closest first by the digits that differ;
 * a leading special digit kept.
 */
function neighbours(mode: string): Candidate[] {
  const special = mode.length === 4 ? mode[0]! : '';
  const own = mode.slice(-3);
  const found: Candidate[] = [];
  for (const u of [7, 6, 4]) {
    const shares = [u, u & 5, 0];
    for (const g of shares)
      for (const o of shares) {
        const text = `${u}${g}${o}`;
        if (o > g || text === own) continue;
        found.push({ text: special + text, tier: 1 + [...text].filter((digit, at) => digit !== own[at]).length });
      }
  }
  return found;
}
