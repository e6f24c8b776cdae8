import type { FactItem } from '../knowledge/item.js';
import { type GenerationContext, isServiceName } from './generation-context.js';
import type { Candidate } from './pick-distractors.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { readStatements, type Statement } from './read-statement.js';
import { nameIndexOf, namesNear, saysTheSame } from './statement-names.js';
import { comparisonKey, tidy } from './text-tools.js';
import { shapedSiblings, shapeOf } from './shaped-siblings.js';

/**
 * Facts without a number that name a thing by what it does or when to use it become "which thing"
 * questions, the named thing the answer: "NoExecute is the most aggressive — evicts running pods too"
 * → "Which of these is the most aggressive — evicts running pods too?"; "Analyse logs with SQL, use
 * LogLens" → "Which service should you use to analyse logs with SQL?"; "backup → dumptool; restore →
 * loadtool" → "Which of these is used for restore?". Wrong choices are names of the same kind from the
 * same notes (the other names of one arrow line, the other members of a list that holds the answer,
 * values of the same written shape, other services), never one the notes say the same of.
 */
export function statementQuestions(fact: FactItem, context: GenerationContext): Outcome[] {
  const index = nameIndexOf(context);
  const statements = readStatements(tidy(fact.text), index);
  if (statements.length === 0) return [{ skip: 'fact has no number', item: fact }];
  // One question per line: the pairs of an arrow line answer one another, so only the most specific task is asked.
  const asked = statements.length > 1 ? [statements.reduce((a, b) => (b.predicate.length > a.predicate.length ? b : a))] : statements;
  return asked.map((statement) => {
    // "Which of these", never "Which service": the notes' names of services include features and settings.
    const service = isServiceName(statement.name, context);
    const kind = 'of these';
    const ownHeadings = new Set([fact.topic, fact.subject, ...fact.source.section].map(comparisonKey));
    return buildQuestion(
      {
        item: fact,
        kind: 'definition-to-term',
        variant: 'statement',
        stem: stemOf(statement, kind),
        answer: statement.name,
        candidates: () => siblingsOf(fact, statement, service, context),
        // The thing the line is about (its heading, a name of the answer) or one the notes say the same of: a second right answer.
        reject: (text) => ownHeadings.has(comparisonKey(text)) || saysTheSame(index, text, statement),
        explanation: `The notes: “${tidy(fact.text)}”`,
      },
      context,
    );
  });
}

function stemOf({ form, predicate }: Statement, kind: string): string {
  const ask = form === 'subject' ? `Which ${kind} ${predicate}` : form === 'use' ? `Which ${kind} should you use ${predicate}` : `Which ${kind} is used for ${predicate}`;
  return `${ask.replace(/[\s.,;:]+$/, '')}?`;
}

/** Names of the answer's kind: its arrow line's others, list co-members, shaped siblings, names of the same file. */
function siblingsOf(fact: FactItem, statement: Statement, service: boolean, context: GenerationContext): Candidate[] {
  const candidates: Candidate[] = (statement.others ?? []).map((text) => ({ text, tier: 0 }));
  const shaped = shapeOf(statement.name);
  // A shaped name ("NoExecute", "/etc/hosts") stands among names of its shape, a service among services:
  // a joined-up service name ("DynamoDB") only beside shaped names that are services or share a part with it.
  if (shaped) {
    const parts = new Set(statement.name.split(/(?<=\p{Ll})(?=\p{Lu})/u));
    const kin = (text: string): boolean => !service || isServiceName(text, context) || text.split(/(?<=\p{Ll})(?=\p{Lu})/u).some((part) => parts.has(part));
    candidates.push(...shapedSiblings(fact, statement.name, context, shaped).filter((c) => kin(c.text)).map((c) => ({ ...c, tier: c.tier + 1 })));
    if (!service) return candidates;
  }
  candidates.push(...namesNear(nameIndexOf(context), fact, statement.name, service, context).map((c) => ({ ...c, tier: c.tier + 1 })));
  return candidates;
}
