import type { FactItem, Item } from '../knowledge/item.js';
import { tokenize } from './normalize-text.js';

/**
 * The items /limit answers with. Every fact the parser read a quantity from, and, so that a figure it
 * could not read as one ("up to 15 read replicas", "at least 700 out of 1000 points", "600 mg") is still
 * found, every other fact, definition or list member that states a number standing on its own. Those
 * are viewed as facts without a quantity: the desk ranks them after the ones with a quantity and shows
 * them in the notes' own words.
 */
export function limitFacts(items: readonly Item[]): FactItem[] {
  const facts: FactItem[] = [];
  for (const item of items) {
    if (item.kind === 'fact') {
      if (item.quantity) facts.push(item);
      else
        for (const sentence of sentencesOf(item.text))
          if (statesNumber(sentence)) facts.push(withRoleInWords({ ...item, text: sentence }));
    } else if (item.kind === 'definition') {
      // Only the sentences that hold the number: the rest of a long definition is about other things.
      for (const sentence of sentencesOf(item.definition)) {
        if (statesNumber(sentence)) facts.push(viewAsFact(item, item.term, `${item.term}: ${sentence}`));
      }
    } else if (item.kind === 'list') {
      for (const member of item.members) {
        if (statesNumber(member)) facts.push(viewAsFact(item, item.title, `${item.title}: ${member}`));
      }
    }
  }
  return facts;
}

/** Whether a fact is a view made here (no quantity), not one the parser read a value from. */
export const inOwnWordsOnly = (fact: FactItem): boolean => fact.quantity === undefined;

// A number not glued to letters before it and followed by a word it counts or measures: "15 read
// replicas", "600 mg", "2TiB", "57%"; not "EC2", "t2.micro" or a command's trailing "0 1". Chinese and
// Japanese write no spaces: "在10天内" is a number after a word, not a name like "EC2".
const NUMBER =
  /(?<![\p{N}._/-])(?<!(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])\p{L})\d+(?:[.,]\d+)*(?:[ \u00a0]?[-–][ \u00a0]?\d+(?:[.,]\d+)*)?[ \u00a0-]?[\p{L}%]/u;

// "uses TCP 3868", "port 8080": a number named by the port it is.
const PORT_NUMBER = /\b(?:tcp|udp|ports?)[ \u00a0]*:?[ \u00a0]*\d/iu;

// A number (or a range of two) and the word right after it.
const COUNTED = /(?<![\p{L}\p{N}._/-])\d+(?:[.,]\d+)*(?:\s?[-–]\s?\d+(?:[.,]\d+)*)?\s?([\p{L}][\p{L}-]*)/gu;

/** The terms of the words a text's numbers count or measure: "with 100 - 150 questions" → "question". */
export function countedTermsOf(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(COUNTED)) terms.push(...tokenize(match[1] ?? ''));
  return terms;
}

// "`kill -SIGKILL` (9)", "HTTPS (443)": a name followed by the number it has, in brackets.
const NAMED_NUMBER = /[\p{L}\p{N}`'"]\s*\(\d+\)(?![\p{L}\p{N}])/u;

/** Whether a text gives a name its number in brackets ("SIGKILL (9)"): a number asked for as "number". */
export function namesNumber(text: string): boolean {
  return NAMED_NUMBER.test(text);
}

function statesNumber(text: string): boolean {
  return NUMBER.test(text) || PORT_NUMBER.test(text) || NAMED_NUMBER.test(text);
}

// A sentence ends at . ! ? or ; before a space (not inside "1.5" or "e.g."). In "Label: a; b; c" each
// part keeps the label: "Backup retention: Default = 1 day; Max = 35 days" → "Backup retention: Max = 35 days".
function sentencesOf(text: string): string[] {
  const label = LABEL.exec(text)?.[1];
  return splitOutsideBrackets(text)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0)
    .map((sentence, i) =>
      i > 0 && label && !LABEL.test(sentence) && text.includes(';')
        ? `${label}: ${sentence.replace(/;$/u, '')}`
        : sentence,
    );
}

// A sentence ends at . ! ? or ; and a space, after two letters or digits ("1.5", "e.g." go on), never
// inside brackets ("Tags (key-value pairs; max 50 per resource) are …" is one sentence).
function splitOutsideBrackets(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (char === '(' || char === '[') depth += 1;
    else if ((char === ')' || char === ']') && depth > 0) depth -= 1;
    else if (
      depth === 0 &&
      '.!?;'.includes(char) &&
      /\s/u.test(text[i + 1] ?? '') &&
      /[^.\s]{2}$/u.test(text.slice(Math.max(0, i - 2), i))
    ) {
      sentences.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  sentences.push(text.slice(start));
  return sentences;
}

// "Backup retention period limits:" — a short label of words before a colon.
const LABEL = /^([\p{L}][\p{L}\p{N} ()/-]{0,60}?):\s/u;

function viewAsFact(item: Item, subject: string, text: string): FactItem {
  return withRoleInWords({
    kind: 'fact',
    id: item.id,
    topic: item.topic,
    source: item.source,
    subject,
    attribute: '',
    text,
  });
}

// What the words say the number is, with no quantity to read a role from: "Maximum key size is 900 B".
const ROLE_WORDS: Array<[NonNullable<FactItem['role']>, RegExp]> = [
  ['default', /\b(?:by\s+)?default\b/iu],
  ['maximum', /\b(?:max(?:imum)?|up\s+to|at\s+most|limited\s+to|no\s+more\s+than)\b/iu],
  ['minimum', /\b(?:min(?:imum)?|at\s+least|no\s+less\s+than)\b/iu],
];

function withRoleInWords(fact: FactItem): FactItem {
  if (fact.role) return fact;
  const found = ROLE_WORDS.filter(([, words]) => words.test(fact.text));
  // One role named, or none: several ("Default 1 day; max 35 days") leave the value's role unsaid.
  return found.length === 1 ? { ...fact, role: found[0]![0] } : fact;
}
