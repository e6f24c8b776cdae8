import type { FactItem } from '../knowledge/item.js';
import { groupBy, perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { lowerWords } from './name-case.js';
import { capitalise, lowerFirst } from './text-tools.js';

/**
 * Bullets that each gloss themselves with a name of one kind: "- What do you want to see on the rows
 * (*grouping* element)", "- … on the columns (*spreading* element)", "- … in each cell (*aggregation*
 * element)". Each says what one of the kind is, and its siblings are the wrong choices: "In pivoting
 * data, which element answers “What do you want to see on the rows”?". Three such bullets at least,
 * of one section, glossed with the same head word; a lone gloss is more often a remark.
 */
export function glossedBulletQuestions(item: FactItem, context: GenerationContext): Outcome[] {
  const own = glossOf(item.text);
  if (!own) return [];
  const siblings = (glossIndexOf(context).get(groupKey(item, own.head)) ?? []).filter((other) => other !== item);
  if (siblings.length < 2) return [];
  const place = item.source.section.at(-1);
  if (!place) return [];
  const name = (word: string): string => capitalise(`${word} ${own.head}`);
  const asked = /^(?:what|which|how|where|when|who)\b/i.test(own.gloss) ? `answers “${own.gloss}”` : `is ${lowerFirst(own.gloss)}`;
  return [
    buildQuestion(
      {
        item,
        kind: 'definition-to-term',
        variant: 'gloss',
        stem: `${placeLead(place, context.names)}, which ${own.head} ${asked}?`,
        answer: name(own.word),
        candidates: siblings.map((other) => ({ text: name(glossOf(other.text)!.word), tier: 0 })),
        explanation: `${name(own.word)}: ${own.gloss}.`,
      },
      context,
    ),
  ];
}

/** "Pivoting Data" → "In pivoting data" (an activity is no name), "Hash Joins" → "In Hash Joins". */
function placeLead(place: string, names: ReadonlySet<string>): string {
  return /^\p{L}+ing\s/u.test(place) ? `In ${place.toLowerCase()}` : `In ${lowerWords(place, names)}`;
}

/** "What do you want to see on the rows(grouping element)" → the gloss, its word and the head word. */
function glossOf(text: string): { gloss: string; word: string; head: string } | undefined {
  if (!text.trimEnd().endsWith(')')) return undefined;
  const found = /^(.{8,120}?)\s*\((\p{Ll}[\p{Ll}-]+)\s+(\p{Ll}{3,})\)\s*$/u.exec(text.trim());
  if (!found) return undefined;
  return { gloss: found[1]!.replace(/[\s?.:;,]+$/, ''), word: found[2]!, head: found[3]! };
}


const groupKey = (item: FactItem, head: string): string => `${item.source.file}\u0000${item.source.section.join('\u0000')}\u0000${head}`;

const glossIndexOf = perContext((context) =>
  groupBy(
    context.facts.filter((fact) => glossOf(fact.text) !== undefined),
    (fact) => groupKey(fact, glossOf(fact.text)!.head),
  ),
);
