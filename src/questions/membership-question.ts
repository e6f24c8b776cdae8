import type { ListItem } from '../knowledge/item.js';
import { groupBy, perContext } from './context-index.js';
import { type GenerationContext, isServiceName, looksLikeProductName, uniqueByKey } from './generation-context.js';
import { questionId, seededIndex } from './question-id.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { choiceShape } from './stem-checks.js';
import { isVagueHeading } from './vague-heading.js';
import { basePrefix, withoutPrefix } from './vendor-prefix.js';
import { lowerWords } from './name-case.js';
import { comparisonKey, containsWords, contentWords, nameKey, tidy } from './text-tools.js';

/**
 * Lists become "Which of these is one of the global services (no region to choose)?", once per list
 * (no "is NOT" twin: one fact, one question), and only when the title names a kind of thing. Wrong answers come only from related lists
 * of the same kind: lists in the same file under the same or a neighbouring heading (global services
 * beside cross-region resources, ECR components beside ECR features), service lists only beside
 * service lists, and never a member the notes describe with the list's own head noun.
 */
export function membershipQuestions(item: ListItem, context: GenerationContext): Outcome[] {
  const members = uniqueByKey(item.members.map(tidy));
  if (members.length < 2) return [{ skip: 'list has fewer than two members', item }];
  if (!members.every((member) => choiceShape(member) === 'name')) return [{ skip: 'list members are not names', item }];
  // "…, and many more": anything might belong, so no choice can be shown to be outside it.
  if (item.members.some((member) => openEnded.test(tidy(member)))) return [{ skip: 'list is open-ended', item }];
  if (isVagueHeading(item.title, context.facets)) return [{ skip: 'list title is not a category', item }];
  if (isTheme(item.title, context)) return [{ skip: 'list title is what all the notes are about', item }];
  // A member that is itself the title of another list ("Backends") is a label, not one of a kind.
  const sameFile = listsIn(item.source.file, context);
  const titles = new Set(sameFile.filter((list) => list !== item).map((list) => comparisonKey(list.title)));
  if (members.some((member) => titles.has(comparisonKey(member)) || /\b(example|examples|e\.g)\b/i.test(member))) return [{ skip: 'list mixes labels with members', item }];
  const related = relatedLists(item, context);
  if (related.length === 0) return [{ skip: 'no related list of the same kind', item }];
  const head = headNoun(item.title);
  // A list of the same title in another note ("Serverless in AWS" twice), or under a heading of that
  // title ("Serverless in AWS › Messaging": SNS, SQS), holds members of this kind too.
  // "Amazon DynamoDB" is no wrong answer beside "DynamoDB Streams": one name holds the other, brand aside.
  const kin = kinOf(item, context);
  const inList = (text: string): boolean => {
    const key = nameKey(text);
    return kin.phrases.has(key) || wordRuns(key).some((run) => kin.names.has(run));
  };
  const allTitles = new Set(sameFile.map((list) => comparisonKey(list.title)));
  const outsiders = uniqueByKey(related.flatMap((list) => list.members.map(tidy))).filter(
    (member) => !openEnded.test(member) && !inList(member) && !describedAs(member, head, context) && !allTitles.has(comparisonKey(member)),
  );
  const title = titlePhrase(item, context);
  // "Which of these is listed under 'X' in 'Y'?" asks how the notes are laid out, not what is true.
  if (/^listed under\b/.test(title)) return [{ skip: 'list title is a heading, not a kind of thing', item }];
  const answer = members[seededIndex(questionId(item.id, 'membership'), members.length)]!;
  const outcomes: Outcome[] = [
    buildQuestion({
      item,
      kind: 'membership',
      stem: `Which of these is ${title}?`,
      answer,
      candidates: outsiders.map((text) => ({ text, tier: 0 })),
      explanation: `${answer} is ${title}, like ${members.filter((member) => member !== answer).slice(0, 3).join(', ')}`,
    }, context),
  ];
  return outcomes;
}

/**
 * Lists of the same file whose heading paths differ at most in their last heading, of the same kind:
 * never a list under the very same heading, an open-ended list, or a list of other lists' titles.
 */
function relatedLists(item: ListItem, context: GenerationContext): ListItem[] {
  const services = isServiceList(item, context);
  const capitalised = startsCapitalised(item);
  const titles = new Set(listsIn(item.source.file, context).map((list) => comparisonKey(list.title)));
  return listsIn(item.source.file, context).filter((other) => {
    if (other === item) return false;
    if (comparisonKey(other.title) === comparisonKey(item.title)) return false;
    if (other.members.length < 2 || !other.members.every((member) => choiceShape(tidy(member)) === 'name')) return false;
    // "S3, DynamoDB, API Gateway and many more" are examples of something wider, not a kind to stand apart.
    if (other.members.some((member) => openEnded.test(tidy(member)))) return false;
    // A list whose members are the other list's titles ("Backends", "Caching") is its parent, not a sibling.
    if (other.members.some((member) => comparisonKey(member) === comparisonKey(item.title))) return false;
    if (item.members.some((member) => comparisonKey(member) === comparisonKey(other.title))) return false;
    // A list of labels ("Backends", "Caching" under "Integrations") is a parent: its members are no kind.
    if (other.members.some((member) => titles.has(comparisonKey(tidy(member))))) return false;
    const a = item.source.section;
    const b = other.source.section;
    let shared = 0;
    while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
    // Sub-lists under one heading ("Event sources", "Databases" under "Lambda integrations") all belong to
    // what the heading names, so one's members are no clear wrong answer for the other.
    if (shared === a.length && shared === b.length) return false;
    const neighbours = shared >= 1 && shared >= Math.min(a.length, b.length) - 1;
    return neighbours && services === isServiceList(other, context) && capitalised === startsCapitalised(other);
  });
}

/** Every run of consecutive words in a key: "dynamodb streams" → "dynamodb", "streams", "dynamodb streams". */
function wordRuns(key: string): string[] {
  const words = key.split(' ').filter(Boolean);
  const runs: string[] = [];
  for (let start = 0; start < words.length; start += 1) {
    for (let end = start + 1; end <= Math.min(words.length, start + 6); end += 1) runs.push(words.slice(start, end).join(' '));
  }
  return runs;
}

interface Kin {
  /** The brand-less name keys of the list's members and of its kin lists' members. */
  names: ReadonlySet<string>;
  /** Every word run of those names: a name found here sits inside one of them. */
  phrases: ReadonlySet<string>;
}

/** The members of a list and of every list titled alike or under a heading of its title, indexed once per title. */
const kinIndexOf = perContext((context) => ({
  lists: groupBy(context.lists, (list) => [...new Set([list.title, ...list.source.section].map(comparisonKey))]),
  byTitle: new Map<string, Kin>(),
}));

function kinOf(item: ListItem, context: GenerationContext): Kin {
  const index = kinIndexOf(context);
  const title = comparisonKey(item.title);
  let kin = index.byTitle.get(title);
  if (!kin) {
    const names = new Set((index.lists.get(title) ?? []).flatMap((list) => list.members.map((member) => nameKey(tidy(member)))));
    kin = { names, phrases: new Set([...names].flatMap(wordRuns)) };
    index.byTitle.set(title, kin);
  }
  return kin;
}

/**
 * The words found in the headings of nearly every note ("serverless", "aws" when every file is about
 * AWS serverless), from four notes up: a list titled only with them ("Serverless in AWS") names
 * what every note is about, so a service from any other list probably belongs to it too and no wrong
 * answer can be shown to be wrong.
 */
const themeWordsOf = perContext((context) => {
  const filesPerWord = groupBy(context.items, (item) => [...new Set(contentWords(item.source.section.join(' ')))]);
  const files = new Set(context.items.map((item) => item.source.file)).size;
  const theme = new Set<string>();
  if (files < 4) return theme;
  for (const [word, items] of filesPerWord) if (new Set(items.map((item) => item.source.file)).size >= 0.75 * files) theme.add(word);
  return theme;
});

function isTheme(title: string, context: GenerationContext): boolean {
  const words = contentWords(title).filter((word) => !genericWords.has(word));
  const theme = themeWordsOf(context);
  return words.length > 0 && words.every((word) => theme.has(word));
}

const genericWords = new Set(['service', 'list', 'overview', 'basic', 'all']);


const openEnded = /^(and |or )?(many )?(more|others?|etc\.?|\.\.\.|…)$|\b(and|or) (many )?(more|others)$/i;

/** Most members name a service the notes know, look like product names, or start with a vendor prefix of the lexicon. */
function isServiceList(list: ListItem, context: GenerationContext): boolean {
  const known = listIndexOf(context).serviceLists;
  let services = known.get(list);
  if (services === undefined) known.set(list, (services = countsAsServiceList(list, context)));
  return services;
}

function countsAsServiceList(list: ListItem, context: GenerationContext): boolean {
  const services = list.members.filter((member) => basePrefix.test(member) || isServiceName(member, context) || looksLikeProductName(tidy(member)) || isServiceName(member.split(/\s+/)[0] ?? '', context));
  return services.length * 2 >= list.members.length;
}

function startsCapitalised(list: ListItem): boolean {
  return list.members.filter((member) => /^[A-Z.]/.test(member.trim())).length * 2 >= list.members.length;
}

/** The title's head noun, singular ("Databases" → "database"); undefined for generic ones. */
function headNoun(title: string): string | undefined {
  const head = contentWords(title.replace(/\(.*\)/, '')).at(-1);
  if (!head || /^(service|resource|feature|option|type|item|thing|tool|concept|component|case|benefit)$/.test(head)) return undefined;
  return head;
}

/** True when the notes define `member` with the head noun ("DynamoDB: NoSQL database …" for "Databases"). */
function describedAs(member: string, head: string | undefined, context: GenerationContext): boolean {
  if (!head) return false;
  const definitions = listIndexOf(context).definitionsByName.get(bareKey(member)) ?? [];
  return definitions.some((d) => d.words.has(head));
}

const bareKey = (name: string): string => comparisonKey(withoutPrefix(name));

/** What membership questions look up in other items, indexed once per generation run. */
const listIndexOf = perContext((context) => ({
  listsByFile: groupBy(context.lists, (list) => list.source.file),
  /** Definitions by each of their names without "AWS"/"Amazon", with the words of their definition. */
  definitionsByName: groupBy(
    context.definitions.map((d) => ({ names: [d.term, ...d.aliases].map(bareKey), words: new Set(contentWords(d.definition)) })),
    (d) => d.names,
  ),
  serviceLists: new Map<ListItem, boolean>(),
}));

const listsIn = (file: string, context: GenerationContext): readonly ListItem[] => listIndexOf(context).listsByFile.get(file) ?? [];

/**
 * "Global services (no region to choose)" → "one of the global services (no region to choose)";
 * "Components" under ECR → "one of the ECR components"; a label such as "Storage & Data" under
 * "Resources that can work cross-region" → "listed under “Storage & Data” in “Resources that …”".
 */
function titlePhrase(item: ListItem, context: GenerationContext): string {
  const title = tidy(item.title.replace(/:\s*$/, '').replace(/^(more|other|some|key|main|a few)\s+(?=\S+s\b)/i, ''));
  const lower = lowerWords(title, context.names);
  const section = item.source.section;
  const nearest = tidy(section.at(-1) === item.title ? (section.at(-2) ?? '') : (section.at(-1) ?? ''));
  // A remark for a heading ("The catalogue") tells the reader nothing: the note's own title does.
  const noteTitle = tidy(section[0] ?? '');
  const parent = isVagueHeading(nearest, context.facets) ? (noteTitle && !isVagueHeading(noteTitle, context.facets) && noteTitle !== item.title ? noteTitle : '') : nearest;
  // "ECR - Elastic Container Registry", "AWS Lambda", "X-Ray (tracing)" are all just the topic's heading.
  const parentName = parent.split(/\s+[-–:]\s+|\s*\(/)[0] ?? '';
  const parentIsTopic = parent === '' || nameKey(parentName) === nameKey(item.topic);
  const head = lower.replace(/\s*\(.*\)\s*$/, '').split(/\s+/).at(-1) ?? '';
  if (/^[a-z-]+[^s]s$/.test(head) && !/&/.test(title)) {
    if (containsWords(title, item.topic) || lower.split(/\s+/).length > 3) return `one of the ${lower}`;
    if (parentIsTopic && (isServiceName(item.topic, context) || looksLikeProductName(item.topic))) return `one of the ${item.topic} ${lower}`;
    return parent && !parentIsTopic ? `one of the ${lower} under “${parent}”` : `one of the ${lower}`;
  }
  if (containsWords(title, item.topic) || !parent || comparisonKey(parent) === comparisonKey(title)) return `listed under “${title}”`;
  return `listed under “${title}” in “${parent}”`;
}
