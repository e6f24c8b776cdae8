import { commandDefinition, commandDescribed, sentencesOf } from './command-line.js';
import { FUNCTION_WORDS, PRONOUN, VAGUE_AFTER_ARTICLE } from './english-words.js';
import type { Statement } from './extract-key-value.js';
import { dropVendor, type NameHints } from './topic-of.js';
import { BASE_HINTS } from './vocabulary.js';
import { wordCount } from './word-count.js';

/* Sentences that define a term in prose: "A Sidecar is a helper container …", "`df -h` lists …". */

/** "duration gap is the difference between …": a lower-case term of a few words that the sentence defines. */
const LOWER_PROSE_DEFINITION =
  /^(\p{Ll}[\p{Ll}\p{N}-]*(?:\s+\p{Ll}[\p{Ll}\p{N}-]*){0,2})\s+(?:is|are)\s+((?:an?|the)\s+(\p{L}+).{8,})$/u;

/** "A Sidecar is a helper container …", "Taints are marks …", "A **DaemonSet** ensures …": a term the sentence defines. */
const PROSE_DEFINITION =
  /^(?:[Aa]n?\s+|[Tt]he\s+)?((?:[\p{Lu}][\p{L}\p{N}-]*)(?:\s+[\p{Lu}][\p{L}\p{N}-]*){0,3})\s+(?:is|are)\s+((?:an?|the|one)\b.{8,})$/u;

/**
 * "A Gateway endpoint is a type of VPC endpoint …", "The Spot price is the …": after an article, a
 * capital is a name's, not the sentence's, so a capitalised word and up to two lower-case words after
 * it are the term the sentence defines.
 */
const NAMED_KIND_DEFINITION =
  /^(?:An?|The)\s+(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Ll}[\p{Ll}\p{N}-]*){1,2})\s+(?:is|are)\s+((?:an?|the|one)\s+(\p{L}+).{8,})$/u;

/** The term a sentence defines and what it says of it, or undefined. */
export function proseDefinition(statement: Statement): { term: string; definition: string } | undefined {
  if (statement.key) return undefined;
  if (statement.lead) {
    const rest = statement.text.slice(statement.text.indexOf(statement.lead) + statement.lead.length).trim();
    if (statement.leadForm === 'code') return commandDescribed(statement.lead, sentencesOf(rest)[0] ?? '');
    const described = /^(?:is|are)\s+(.+)$/i.exec(rest)?.[1] ?? rest;
    return wordCount(described) >= 3 && !/^(?:is|are)\s+not\b/i.test(rest)
      ? { term: statement.lead, definition: described.replace(/\.$/, '') }
      : undefined;
  }
  const m = PROSE_DEFINITION.exec(statement.text);
  if (m && !PRONOUN.test(m[1]!)) return { term: m[1]!, definition: m[2]!.replace(/\.$/, '') };
  const kind = NAMED_KIND_DEFINITION.exec(statement.text);
  if (
    kind &&
    !kind[1]!.split(/\s+/).some((w) => FUNCTION_WORDS.has(w) || PRONOUN.test(w)) &&
    !VAGUE_AFTER_ARTICLE.test(kind[3]!)
  )
    return { term: kind[1]!, definition: kind[2]!.replace(/\.$/, '') };
  // "chage -l USER shows …", "semanage is a tool to …": a command and what it does, in its first sentence.
  const command = commandDefinition(sentencesOf(statement.text)[0] ?? '');
  if (command) return command;
  const lower = LOWER_PROSE_DEFINITION.exec(statement.text);
  if (
    !lower ||
    lower[1]!.split(/\s+/).some((w) => FUNCTION_WORDS.has(w) || PRONOUN.test(w)) ||
    VAGUE_AFTER_ARTICLE.test(lower[3]!)
  )
    return undefined;
  return { term: lower[1]!, definition: lower[2]!.replace(/\.$/, '') };
}

/** "Amazon API Gateway is the serverless service …" when the heading or parent bullet names API Gateway. */
export function definitionSentence(
  statement: Statement,
  named: string,
  hints: NameHints = BASE_HINTS,
): { term: string; definition: string } | undefined {
  if (statement.key) return undefined;
  const m = /^(?:the\s+)?(.{1,60}?)\s+(?:is|are)\s+((?:an?|the)\s+.+)$/i.exec(statement.text);
  return m && sameName(m[1]!, named, hints) ? { term: m[1]!, definition: m[2]! } : undefined;
}

function sameName(a: string, b: string, hints: NameHints): boolean {
  const norm = (s: string): string => dropVendor(s.replace(/[`*]/g, ''), hints).toLowerCase().trim();
  return norm(a) === norm(b);
}
