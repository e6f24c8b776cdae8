import type { FactItem } from '../knowledge/item.js';
import { type GenerationContext, isServiceName } from './generation-context.js';
import type { Candidate } from './pick-distractors.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { readStatements, superlative, type Statement } from './read-statement.js';
import { exampleQuestions, readExamples } from './example-question.js';
import { opensItsSection, readDescription, readFeature, sharesMatter, vendorPatternOf } from './heading-description.js';
import { headingPlace, labelled, nameIndexOf, styleOf, namesNear, saysTheSame, spelledOut } from './statement-names.js';
import { comparisonKey, containsWords, nameKey, tidy } from './text-tools.js';
import { shapedSiblings, shapeOf } from './shaped-siblings.js';
import { rootInStem } from './root-in-stem.js';
import { titleSubjectQuestion } from './title-subject.js';
import { cousinHeadings, headingIsPhrase, headingIsPlural, namesAPair, ofHeadingKind } from './heading-kind.js';

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
  const examples = readExamples(fact.text);
  if (examples) return exampleQuestions(fact, examples, context);
  const index = nameIndexOf(context);
  const read = readStatements(tidy(fact.text), index);
  const vendor = vendorPatternOf(context);
  const described = read.length > 0 ? undefined : (readFeature(tidy(fact.text), fact.source.section.at(-1) ?? fact.topic, vendor, index) ?? readDescription(tidy(fact.text), opensItsSection(fact, context), index));
  const statements = (described ? [described] : read)
    .flatMap((statement) => (statement.form === 'pronoun' ? namedByHeading(statement, fact, context) : [statement]))
    .flatMap((statement) => (statement.qualifier === undefined ? [statement] : joinedName(statement, fact, context)))
    // "AWS handles security of the cloud": a vendor is no answer among its own services.
    .filter((statement) => !context.vendorWords?.has(statement.name.toLowerCase()))
    .filter((statement) => onlyOneFits(statement, context));
  if (statements.length === 0) {
    const titled = titleSubjectQuestion(fact, context);
    return [titled ?? { skip: 'fact has no number', item: fact }];
  }
  // One question per line: the pairs of an arrow line answer one another, so only the most specific task is asked.
  const asked = statements.length > 1 ? [statements.reduce((a, b) => (b.predicate.length > a.predicate.length ? b : a))] : statements;
  return asked.map((statement) => {
    // "Which of these", never "Which service": the notes' names of services include features and settings.
    const service = isServiceName(statement.name, context);
    const kind = 'of these';
    const ownHeadings = new Set([fact.topic, fact.subject, ...fact.source.section].map(comparisonKey));
    const outcome = buildQuestion(
      {
        item: fact,
        kind: 'definition-to-term',
        variant: 'statement',
        stem: stemOf(statement, kind),
        answer: statement.name,
        candidates: () => siblingsOf(fact, statement, service, context),
        // The thing the line is about (its heading, a name of the answer) or one the notes say the same of: a second right answer.
        // A part of the answer ("Amazon EC2" beside "EC2 User Data") is no wrong choice either.
        reject: (text) => ownHeadings.has(comparisonKey(text)) || (namesAPair(text) && !namesAPair(statement.name)) || text === statement.family || containsWords(statement.name, nameKey(text)) || spelledOut(text, statement.name) || saysTheSame(index, text, statement) || (statement.described === 'description' && sharesMatter(context, fact.source.file, text, statement.predicate)),
        explanation: `The notes: “${tidy(fact.text)}”`,
      },
      context,
    );
    if (!('question' in outcome)) return outcome;
    const { choices, answer, stem } = outcome.question;
    return rootInStem(stem, choices[answer]!, choices.filter((_, at) => at !== answer)) ? { skip: "the stem spells the answer's opening", item: fact } : outcome;
  });
}

/**
 * True when the statement is likely true of its name alone. Names of one written family (paths,
 * signals, flags, commands) and lines that map tasks to names set their siblings apart by what the
 * line says; a product or a heading among other products is told apart only by a predicate that
 * singles one out: a definite description ("is the CLI tool for …"), "most", "least", "the default"
 * or a superlative. "SQS is PCI DSS certified" is true of many services, so it is not asked. (In the
 * review of this change, 2 of 9 product-name questions without such a predicate were usable, against
 * 6 of 7 for shaped names and commands.)
 */
function onlyOneFits(statement: Statement, context: GenerationContext): boolean {
  // A line under a heading that describes it, or the first line under it: what sets it apart from its sibling headings.
  if (statement.form === 'arrow' || statement.form === 'use' || statement.described) return true;
  const product = isServiceName(statement.name, context) || nameIndexOf(context).branded(statement.name);
  if (!product && (shapeOf(statement.name) !== undefined || /^\p{Ll}\S*$/u.test(statement.name))) return true;
  return /^(?:is|are|was|were)\s+the\s/i.test(statement.predicate) || /\b(?:most|least)\b|\bthe\s+default\b/i.test(statement.predicate) || superlative.test(statement.predicate);
}

/**
 * "It is enabled per bucket" under "### Versioning": the pronoun stands for the heading when the
 * heading names a thing, agrees in number ("They" under "Aliases", "It" under "Versioning") and has
 * sibling headings to stand among.
 */
function namedByHeading(statement: Statement, fact: FactItem, context: GenerationContext): Statement[] {
  const { section } = fact.source;
  const vendor = vendorPatternOf(context);
  const named = (at: number): ReturnType<typeof labelled> => labelled(section.at(at) ?? '', vendor);
  // The innermost heading, or the one above a question label ("What's an EBS volume?"): "S3 - Versioning" gives "S3" as topic and no question.
  // A labelled heading ("Service: Azure Files") is the topic as written or as its name after the label.
  const names = (from: number): boolean => section.at(from) === fact.topic || named(from).heading === fact.topic;
  const at = names(-1) || statement.described === 'feature' ? section.length - 1 : names(-2) && /\?$/.test(section.at(-1) ?? '') ? section.length - 2 : -1;
  if (at < 0) return [];
  const { label, heading } = named(at - section.length);
  const index = nameIndexOf(context);
  // A line that describes its heading stands only under a name ("Famciclovir", "EKS Anywhere") among names, or
  // under headings that share a label ("Service: …"): "Learning objectives" or "Side effects" is no answer.
  // (A line that names its heading after its parent says itself that the heading is a thing.)
  const thing = (name: string): boolean => !statement.described || ((label !== '' || statement.described === 'feature' || index.isThing(name)) && !/[;?!]/.test(name));
  const written = index.headings.get(headingPlace(fact.source.file, section.slice(0, at + 1), label)) ?? [];
  // "Global tables" reads as a facet of tables, but a line that names it after its parent makes it a thing.
  // Its wrong choices are then headings written as it is ("Streams", "Provisioned throughput"), not "Common Errors".
  const feature = statement.described === 'feature';
  // Wrong choices are headings of its kind (heading-kind.ts): no "Side Effects" or "Treat To Target" beside a drug.
  const path = [...section.slice(0, at), heading];
  const kin = ofHeadingKind(context, fact.source.file, path);
  // A feature ("Global tables") stands among headings written as it is ("Streams", "Query").
  const alike = (name: string): boolean => thing(name) && (feature ? styleOf(name) === styleOf(heading) && !namesAPair(name) : kin(name));
  const siblings = [...written, ...(feature && !written.includes(heading) ? [heading] : [])].filter((name) => name === heading || alike(name));
  // A phrase is no answer among names, and a layer of headings where names of its kind are the few is a layer of topics.
  if (!siblings.includes(heading) || (!feature && (headingIsPhrase(heading) || 2 * siblings.length < written.length))) return [];
  const cousins = cousinHeadings(context, fact.source.file, path, label).filter((name) => alike(name) && !siblings.includes(name));
  const others = [...siblings.filter((other) => other !== heading), ...cousins];
  // Three headings of its kind at least (the answer and two wrong choices), or no question: a choice of another kind gives it away.
  if (others.length < 2) return [];
  if (statement.plural !== undefined && headingIsPlural(heading) !== statement.plural) return [];
  return [{ ...statement, name: heading, others }];
}

/**
 * "CYP450 (2D6) mediates …" is asked under the notes' own one-word spelling of the qualified name,
 * when they write one ("CYP2D6": the family's letters, then the qualifier), so the answer looks like its
 * siblings (CYP3A4, CYP2E1); the family name itself is then no wrong choice. No such spelling, no question:
 * "CYP450 (2D6)" among one-word names would stand out by its form.
 */
function joinedName(statement: Statement, fact: FactItem, context: GenerationContext): Statement[] {
  const family = /^\p{L}+/u.exec(statement.name)?.[0] ?? '';
  const shape = shapeOf(statement.name);
  if (family.length < 2 || shape === undefined) return [];
  const joined = shapedSiblings(fact, statement.name, context, shape).find(({ text }) => text === `${family}${statement.qualifier}`);
  return joined ? [{ ...statement, name: joined.text, family: statement.name }] : [];
}

function stemOf({ form, predicate }: Statement, kind: string): string {
  const ask = form === 'subject' || form === 'pronoun' ? `Which ${kind} ${predicate}` : form === 'use' ? `Which ${kind} should you use ${predicate}` : `Which ${kind} is used for ${predicate}`;
  return `${ask.replace(/[\s.,;:]+$/, '')}?`;
}

/** Names of the answer's kind: its arrow line's others, list co-members, shaped siblings, names of the same file. */
function siblingsOf(fact: FactItem, statement: Statement, service: boolean, context: GenerationContext): Candidate[] {
  const candidates: Candidate[] = (statement.others ?? []).map((text) => ({ text, tier: 0 }));
  // A heading's line is asked among its sibling headings alone: other names of the file are of any kind.
  if (statement.form === 'pronoun') return candidates;
  const shaped = shapeOf(statement.name);
  // A shaped name ("NoExecute", "/etc/hosts") stands among names of its shape, a service among services:
  // a joined-up service name ("DynamoDB") only beside shaped names that are services or share a part with it.
  if (shaped) {
    const parts = new Set(statement.name.split(/(?<=\p{Ll})(?=\p{Lu})/u));
    const index = nameIndexOf(context);
    const kin = (text: string): boolean => !service || (index.branded(statement.name) ? index.branded(text) : isServiceName(text, context)) || text.split(/(?<=\p{Ll})(?=\p{Lu})/u).some((part) => parts.has(part));
    candidates.push(...shapedSiblings(fact, statement.name, context, shaped).filter((c) => kin(c.text)).map((c) => ({ ...c, tier: c.tier + 1 })));
    if (!service) return candidates;
  }
  candidates.push(...namesNear(nameIndexOf(context), fact, statement.name, service, context).map((c) => ({ ...c, tier: c.tier + 1 })));
  return candidates;
}
