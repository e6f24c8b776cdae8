import { COMMAND_VERBS, LINKING_VERBS } from '../knowledge/english-words.js';
import { contrastNames } from '../knowledge/contrast-blocks.js';
import { afterName } from '../knowledge/contrast-heading.js';
import type { FactItem } from '../knowledge/item.js';
import type { GenerationContext } from './generation-context.js';
import { perContext, groupBy } from './context-index.js';
import { lowerFirstWord } from './name-case.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { contentWords, containsWords } from './text-tools.js';

/**
 * A statement the notes make of one of two (to four) things they set side by side (knowledge/
 * contrast-blocks.ts) becomes "Comparing CloudFront and Global Accelerator, which improves performance
 * for a wide range of applications over TCP or UDP?": the other things as wrong choices, and with two
 * things "Both of them" as the third, as for a two-row table. A statement that names one of the things,
 * or says what a statement of another thing says too, cannot tell them apart and is not asked.
 */
export function contrastQuestions(item: FactItem, context: GenerationContext): Outcome[] {
  const things = contrastNames(item.source.section);
  if (!things || !things.includes(item.subject) || item.attribute !== '' || item.quantity) return [];
  const said = item.text.replace(/\s*[.;]$/, '').trim();
  // "An alias record appears as …" (contrast-heading.ts) is asked by what it says after its name.
  const rest = afterName(said, item.subject);
  const statement = rest ?? said;
  if (things.some((thing) => containsWords(statement, thing))) return [{ skip: 'the contrasted statement names a thing it contrasts', item }];
  const words = new Set(contentWords(statement));
  // "Content is served at the edge": too few words to hold of one thing only.
  if (words.size < 4) return [{ skip: 'the contrasted statement says too little to tell the things apart', item }];
  const echoed = (contrastIndexOf(context).get(contrastKey(item)) ?? []).some((other) => other.subject !== item.subject && overlap(words, contentWords(other.text)) >= 0.5);
  if (echoed) return [{ skip: 'another thing of the contrast has a statement like it', item }];
  const others = things.filter((thing) => thing !== item.subject);
  return [
    buildQuestion(
      {
        item,
        kind: 'comparison',
        variant: 'contrast',
        stem: `Comparing ${joinNames(things)}, ${rest === undefined ? which(statement, context) : `which is the one that “${statement}”`}?`,
        answer: item.subject,
        candidates: others.map((text) => ({ text, tier: 0 })),
        extraChoices: things.length === 2 ? ['Both of them'] : [],
        stemNamesChoices: true,
        explanation: `${item.subject}: ${lowerFirstWord(statement, context.names)} (${things.join(' vs ')})`,
      },
      context,
    ),
  ];
}

/**
 * The statement as what the answer is or does: "Improves …" → "which improves …", "Good for …" →
 * "which is good for …"; any other statement is quoted ("which does this describe: “No caching, …”").
 */
function which(statement: string, context: GenerationContext): string {
  const first = (statement.split(/\s+/, 1)[0] ?? '').toLowerCase();
  if (COMMAND_VERBS.has(first) || (LINKING_VERBS.has(first) && /s$/.test(first) && first !== 'is')) return `which ${lowerFirstWord(statement, context.names)}`;
  if (/^(good|best|better|ideal|great|designed|used|meant|suited) (for|to|when)\b/i.test(statement)) return `which is ${lowerFirstWord(statement, context.names)}`;
  return `which does this describe: “${statement}”`;
}

/** The share of `a`'s content words that `b` uses too. */
function overlap(a: ReadonlySet<string>, b: readonly string[]): number {
  if (a.size === 0) return 0;
  const other = new Set(b);
  return [...a].filter((word) => other.has(word)).length / a.size;
}

const contrastKey = (item: FactItem): string => `${item.source.file}\u0000${item.source.section.join('\u0000')}`;

/** The contrast statements of each contrast section, built once per run. */
const contrastIndexOf = perContext((context) =>
  groupBy(
    context.facts.filter((item) => contrastNames(item.source.section)?.includes(item.subject)),
    contrastKey,
  ),
);

function joinNames(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
