import type { DefinitionItem, ListItem } from '../knowledge/item.js';
import { hasOtherScript } from '../knowledge/english-part.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';

/** One grade of a scale: its name and what it holds, written as the notes chain it ("A + B"). */
interface Grade {
  term: string;
  parts: string[];
}

const PLUS = /\s+\+\s+/;
const MAX_PART_WORDS = 6;

/**
 * A graded scale: sibling terms each of which holds what the one before holds and more ("Bronze: towels",
 * "Silver: towels + breakfast", "Gold: towels + breakfast + spa"), the way notes write levels, tiers and
 * forms of one thing. The middle grade is asked for what it holds, beside its neighbours' sets: "Which of
 * these holds for Silver, one of the hotel plans?" → "towels + breakfast only". One question per scale: every
 * grade's set overlaps the next one's by construction, so the definition questions' overlap gate rightly
 * refuses them one by one; here the overlap is the point and the sets are told apart by what each adds.
 */
export function gradedScaleQuestions(list: ListItem, context: GenerationContext): Outcome[] {
  const scale = gradesOf(list, context);
  if (!scale) return [];
  const { grades, base } = scale;
  // "… only" below the top grade: each set says where it stops, so no choice is another one cut short.
  const top = grades.at(-1)!;
  const clause = (grade: Grade): string => `${[base, ...grade.parts.slice(1)].join(' + ')}${grade === top ? '' : ' only'}`;
  const asked = grades[Math.floor(grades.length / 2)]!;
  const answer = clause(asked);
  const title = list.title.trim();
  // "Forms of Market Efficiency", "Membership tiers": a plural title names the kind every grade is one of.
  const plural = /^\p{L}{3,}s\s+of\s/u.test(title) || /\p{L}{3,}[^s]s$/u.test(title);
  const whole = plural && !/\p{Lu}{2}/u.test(title) ? `, one of the ${title.toLowerCase()}` : ` (${title})`;
  return [
    buildQuestion(
      {
        item: list,
        kind: 'term-to-definition',
        variant: 'graded',
        stem: `Which of these holds for ${asked.term}${whole}?`,
        answer,
        shape: 'text',
        candidates: grades.filter((grade) => grade !== asked).map((grade) => ({ text: clause(grade), tier: 0 })),
        explanation: `Each grade holds what the one before it holds, and more: ${grades.map((grade) => `${grade.term}: ${clause(grade)}`).join('; ')}.`,
      },
      context,
    ),
  ];
}

/** Definitions by file and term, so a list finds its members' own lines. */
const definitionsByTerm = perContext((context) => {
  const index = new Map<string, DefinitionItem>();
  for (const definition of context.definitions) {
    const key = `${definition.source.file}\u0000${definition.term}`;
    if (!index.has(key)) index.set(key, definition);
  }
  return index;
});

/**
 * The list's run of at least three members, in order, whose definitions chain: the first states a base
 * ("… Past Market Data"), each next one repeats the parts before it and adds one (" + Public
 * Information"). The base is the words the first parts end alike with, in English; undefined otherwise.
 */
function gradesOf(list: ListItem, context: GenerationContext): { grades: Grade[]; base: string } | undefined {
  if (list.members.length < 3) return undefined;
  const index = definitionsByTerm(context);
  const grades: Grade[] = [];
  for (const member of list.members) {
    const definition = index.get(`${list.source.file}\u0000${member}`);
    const parts = definition?.definition.split(PLUS).map((part) => part.trim()) ?? [];
    const before = grades.at(-1);
    const buildsOnLast = before && parts.length === before.parts.length + 1 && before.parts.slice(1).every((part, i) => sameWords(part, parts[i + 1]!));
    if (parts.length === 1 && grades.length < 3) grades.splice(0, grades.length, { term: member, parts });
    else if (buildsOnLast) grades.push({ term: member, parts });
    else if (grades.length >= 3) break;
    else grades.length = 0;
  }
  if (grades.length < 3 || grades[0]!.parts.length !== 1) return undefined;
  const added = grades.flatMap((grade) => grade.parts.slice(1));
  if (added.some((part) => hasOtherScript(part) || part.split(/\s+/).length > MAX_PART_WORDS)) return undefined;
  const base = commonEnding(grades.map((grade) => grade.parts[0]!));
  return base && base.split(/\s+/).length >= 2 && !hasOtherScript(base) ? { grades, base } : undefined;
}

const sameWords = (a: string, b: string): boolean => a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');

/** The words every text ends with, as the first text writes them: "Past Market Data" of "… 挂掉 Past Market Data". */
function commonEnding(texts: readonly string[]): string | undefined {
  const split = texts.map((text) => text.split(/\s+/).filter(Boolean));
  const first = split[0]!;
  let n = 0;
  while (n < first.length && split.every((words) => words.length > n && sameWords(words[words.length - 1 - n]!, first[first.length - 1 - n]!))) n += 1;
  // Only words in the script of the notes' terms: "挂掉" or a stray arrow before the base is no part of it.
  const words = first.slice(first.length - n);
  while (words.length > 0 && (hasOtherScript(words[0]!) || !/\p{L}/u.test(words[0]!))) words.shift();
  return words.length > 0 ? words.join(' ') : undefined;
}
