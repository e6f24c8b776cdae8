import type { FactItem, ListItem } from '../knowledge/item.js';
import { groupBy, perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { comparisonKey, tidy } from './text-tools.js';

/**
 * An exception clause under a list: "- Alpha blockers - Beta blockers - Gamma blockers … / All of
 * these classes bind the 40k site, except for Beta blockers, which bind 60k." The exceptions are what
 * the line teaches: "Which of these classes bind the 60k site?" → Beta blockers, the other members of
 * the list the wrong choices (the notes say they do the rule, not the exception) and no other exception
 * among them.
 *
 * Undefined when the fact is no such line (the caller builds its other questions); a line read as one
 * is asked this way only, never for the numbers in it ("40k" is part of what the rule says).
 */
export function exceptionQuestions(fact: FactItem, context: GenerationContext): Outcome[] | undefined {
  const read = readException(tidy(fact.text));
  if (!read) return undefined;
  const list = listAbove(fact, read.names, context);
  if (!list) return [{ skip: 'exception clause with no list above it', item: fact }];
  const excepted = new Set(read.names.map(comparisonKey));
  const answer = list.members.find((member) => comparisonKey(member) === comparisonKey(read.names[0]!))!;
  return [
    buildQuestion(
      {
        item: fact,
        kind: 'definition-to-term',
        variant: 'exception',
        stem: `Which of these ${read.kind} ${read.exception}?`,
        answer,
        candidates: list.members.filter((member) => !excepted.has(comparisonKey(member))).map((text) => ({ text, tier: 0 })),
        // Another exception is a second right answer.
        reject: (text) => excepted.has(comparisonKey(text)),
        explanation: `The notes: “${tidy(fact.text)}”`,
      },
      context,
    ),
  ];
}

/**
 * "All of these <kind> <rule>, except (for) [the] A and B, which <exception>": the kind (a plural, of
 * one or two words: "classes", "storage tiers"), the names
 * excepted and what they do instead. An exception that elides the rule's object ("…, which bind 60k"
 * after "bind the 40k site") is completed from the rule: the rule's word of the same form is replaced.
 */
export function readException(text: string): { kind: string; names: string[]; exception: string } | undefined {
  const match =
    /^All\s+(?:of\s+)?these\s+((?:\p{Ll}[\p{Ll}-]*\s+)??\p{Ll}[\p{Ll}-]*s)\s+(\p{Ll}.{5,80}?),?\s+except(?:\s+for)?\s+(?:the\s+)?(.{3,80}?),?\s+(?:which|that|who)\s+(\p{Ll}.{3,80}?)\.?$/u.exec(
      text,
    );
  if (!match) return undefined;
  const [, kind, rule, listed, instead] = match as unknown as [string, string, string, string, string];
  const names = listed
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((name) => name.replace(/^the\s+/i, '').trim())
    .filter(Boolean);
  if (names.length === 0 || names.some((name) => name.split(/\s+/).length > 4)) return undefined;
  return { kind, names, exception: completed(rule, instead) };
}

/** "bind 60k" after "bind the 40k site" → "bind the 60k site"; otherwise the exception as written. */
function completed(rule: string, instead: string): string {
  const words = instead.split(/\s+/);
  const object = words.at(-1)!;
  const lead = words.slice(0, -1);
  const ruleWords = rule.split(/\s+/);
  // The exception repeats the rule's first words ("switch on", "bind") and ends in a figure of the rule's form.
  if (lead.length === 0 || lead.length > 3 || !/\d/.test(object) || lead.some((word, i) => ruleWords[i] !== word)) return instead;
  const form = (word: string): string => word.replace(/\d+/g, '0');
  const at = ruleWords.findIndex((word, i) => i >= lead.length && form(word) === form(object));
  if (at < 0) return instead;
  return [...ruleWords.slice(0, at), object, ...ruleWords.slice(at + 1)].join(' ');
}

/** The nearest list above the fact in its notes file that holds every excepted name and two members besides. */
function listAbove(fact: FactItem, names: readonly string[], context: GenerationContext): ListItem | undefined {
  const wanted = names.map(comparisonKey);
  return (listsByFile(context).get(fact.source.file) ?? [])
    .filter((list) => list.source.line < fact.source.line)
    .reverse()
    .find((list) => {
      const members = new Set(list.members.map(comparisonKey));
      return wanted.every((name) => members.has(name)) && members.size >= wanted.length + 2;
    });
}

const listsByFile = perContext((context) =>
  groupBy(
    context.items.filter((item): item is ListItem => item.kind === 'list'),
    (item) => item.source.file,
  ),
);
