import { saysAllOf } from '../definition-overlap.js';
import { perContext } from '../context-index.js';
import { indexOf } from '../definition-index.js';
import type { GenerationContext } from '../generation-context.js';
import { nameKey } from '../text-tools.js';

/**
 * True when a choice beside the answer to "which of these is <definition>?" is a second right answer
 * by the notes (review category "wrong answer"): some definition the notes give that choice says the
 * stem's statement, every distinctive word of it, in any of its sentences or clauses, not only the first one the question reads. Two
 * siblings defined as "Broad scope means it reaches the cloud. The plus sign means it is stable" and
 * "The plus sign means it is stable" both answer "which of these is described as 'the plus sign means
 * it is stable'?". Holds for choices from any source (siblings, list members, labels), so it is asked of
 * each candidate, not of the definitions' own siblings only.
 */
export function notesAlsoSay(definition: string, choice: string, context: GenerationContext): boolean {
  return statementsOfName(context, nameKey(choice)).some((part) => saysAllOf(definition, part)) || usesStemCode(definition, choice, context);
}

/**
 * True when the stem's statement is about code the choice's own notes use too, every piece of it: "Each
 * time BEGIN TRAN is invoked, @@TRANCOUNT goes up by 1" asked of nested transactions, beside "explicit
 * transactions", which the notes say are run with BEGIN TRAN and read with @@TRANCOUNT. The statement
 * holds of both (review category "wrong answer": a second right answer). Code is a run of two or more
 * upper-case words ("BEGIN TRAN", "SET NOCOUNT ON") or a word marked as code ("@@ROWCOUNT", "XACT_ABORT");
 * a lone acronym ("SQL", "API") is not.
 */
function usesStemCode(definition: string, choice: string, context: GenerationContext): boolean {
  const code = codeIn(definition);
  if (code.length === 0) return false;
  const own = [...statementsOfName(context, nameKey(choice)), ...(factsBySubject(context).get(nameKey(choice)) ?? [])];
  return own.length > 0 && code.every((piece) => own.some((text) => codeIn(text).includes(piece)));
}

const codeIn = (text: string): string[] => [
  ...new Set([...text.matchAll(/(?<![\p{L}\d@_])(?:[A-Z][A-Z\d_]+(?:\s+[A-Z][A-Z\d_]+)+|@@\w+|[A-Z\d]+_[A-Z\d_]+)(?![\p{L}\d_])/gu)].map((m) => m[0].replace(/\s+/g, ' '))),
];

/** The texts of the facts the notes state of each name, by its name key. */
const factsBySubject = perContext((context) => {
  const bySubject = new Map<string, string[]>();
  for (const fact of context.facts) {
    const key = nameKey(fact.subject);
    const texts = bySubject.get(key);
    if (texts) texts.push(fact.text);
    else bySubject.set(key, [fact.text]);
  }
  return bySubject;
});

/**
 * The distinct statements the notes' definitions of one name make, built on first use: a big corpus
 * repeats one term's definition in many files, and each statement is kept once.
 */
function statementsOfName(context: GenerationContext, name: string): readonly string[] {
  const cache = statementCache(context);
  let found = cache.get(name);
  if (!found) {
    const defined = indexOf(context).byName.get(name) ?? [];
    found = [...new Set(defined.flatMap((other) => statementsOf(other.definition)))];
    cache.set(name, found);
  }
  return found;
}

const statementCache = perContext(() => new Map<string, readonly string[]>());

/** Each sentence of a definition, and each side of a "while" / "whereas" / ";" within one. */
function statementsOf(text: string): string[] {
  return text
    .split(/(?<=[\p{Ll}\d)])\.\s+(?=\p{Lu})|;\s*|,?\s+(?:while|whereas)\s+/u)
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/).length >= 3);
}

/**
 * True when a choice's name is made of the stem's own words, every one of two or more: a reader takes
 * "PlusSignStable" for the thing "described as 'the plus sign is not stable'", whatever the notes key
 * (review: "the stem equally fits MalformedQueryString"). Names joined in camel case count word by word.
 */
export function nameSaysStem(stem: string, choice: string): boolean {
  const parts = choice
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length >= 4);
  if (parts.length < 2) return false;
  const said = new Set(stem.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return parts.every((part) => said.has(part));
}
