import type { ListItem } from '../knowledge/item.js';
import { isServiceName } from './definition-question.js';
import { type GenerationContext, uniqueByKey } from './generation-context.js';
import { seededIndex, questionId } from './question-id.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { comparisonKey, tidy } from './text-tools.js';

/**
 * Lists become "Which of these is one of the global services (no region concept)?" and, when the list
 * is long enough, "Which of these is NOT one of …?". Wrong answers come only from related lists of
 * the same kind: lists in the same file under the same or a neighbouring heading (global services
 * beside cross-region resources), and only service lists beside service lists.
 */
export function membershipQuestions(item: ListItem, context: GenerationContext): Outcome[] {
  const members = uniqueByKey(item.members.map(tidy));
  if (members.length < 2) return [{ skip: 'list has fewer than two members', item }];
  const related = relatedLists(item, context);
  if (related.length === 0) return [{ skip: 'no related list of the same kind', item }];
  const inList = new Set(members.map(comparisonKey));
  const outsiders = uniqueByKey(related.flatMap((list) => list.members.map(tidy))).filter((member) => !inList.has(comparisonKey(member)));
  const title = titlePhrase(item, context.names);
  const answer = members[seededIndex(questionId(item.id, 'membership'), members.length)]!;
  const outcomes: Outcome[] = [
    buildQuestion({
      item,
      kind: 'membership',
      stem: `Which of these is ${title}?`,
      answer,
      candidates: outsiders.map((text) => ({ text, tier: 0 })),
      explanation: `${answer} is ${title}, like ${members.filter((member) => member !== answer).slice(0, 3).join(', ')}`,
    }),
  ];
  if (members.length >= 3 && outsiders.length > 0) {
    const outsider = outsiders[seededIndex(questionId(item.id, 'membership', 'inverse'), outsiders.length)]!;
    const home = related.find((list) => list.members.some((member) => comparisonKey(member) === comparisonKey(outsider)));
    outcomes.push(
      buildQuestion({
        item,
        kind: 'membership',
        variant: 'inverse',
        stem: `Which of these is NOT ${title}?`,
        answer: outsider,
        candidates: members.map((text) => ({ text, tier: 0 })),
        explanation: `${outsider} is not ${title}${home ? `: the notes list it under “${tidy(home.title)}”` : ''}`,
      }),
    );
  }
  return outcomes;
}

/** Lists of the same file whose heading path shares all but the last heading, of the same kind. */
function relatedLists(item: ListItem, context: GenerationContext): ListItem[] {
  const services = isServiceList(item, context);
  return context.lists.filter((other) => {
    if (other === item || other.source.file !== item.source.file) return false;
    if (comparisonKey(other.title) === comparisonKey(item.title)) return false;
    const a = item.source.section;
    const b = other.source.section;
    let shared = 0;
    while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
    const neighbours = shared >= 1 && shared >= Math.min(a.length, b.length) - 1;
    return neighbours && services && isServiceList(other, context);
  });
}

/** Most members name a service the notes know, or start with AWS / Amazon. */
function isServiceList(list: ListItem, context: GenerationContext): boolean {
  const services = list.members.filter((member) => /^(AWS|Amazon)\b/.test(member) || isServiceName(member, context) || isServiceName(member.split(/\s+/)[0] ?? '', context));
  return services.length * 2 >= list.members.length;
}

/** "Global Services (No Region Concept)" → "one of the global services (no region concept)". */
export function titlePhrase(item: ListItem, names: ReadonlySet<string>): string {
  const title = tidy(item.title.replace(/:\s*$/, ''));
  const lower = title
    .split(/\s+/)
    .map((word) => {
      const bare = word.replace(/^[("“]+|[)"”,]+$/g, '');
      const acronym = bare.split('-').some((part) => /^[A-Z]{2,}|[a-z][A-Z]|\d/.test(part));
      return names.has(bare) || acronym ? word : word.toLowerCase();
    })
    .join(' ');
  const head = lower.replace(/\s*\(.*\)\s*$/, '').split(/\s+/).at(-1) ?? '';
  if (/[^s]s$/i.test(head)) return `one of the ${lower}`;
  return `listed under “${title}”`;
}
