import type { FactItem, Item } from '../knowledge/item.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { type Candidate, nearby } from './pick-distractors.js';
import { comparisonKey } from './text-tools.js';
import { isDirectory, leadingValue, sameFamily, type ValueShape, valuesIn } from './value-shape.js';

/**
 * Wrong choices for a value of a written shape (a path, a flag, capitals, a joined-up identifier):
 * values of the same shape and family the notes write elsewhere, the same notes file first.
 */

/** The shape of a text that is one shaped value and nothing else; undefined for anything else. */
export const shapeOf = (value: string): ValueShape | undefined => {
  const found = leadingValue(value);
  return found?.value === value ? found.shape : undefined;
};

interface Written {
  value: string;
  shape: ValueShape;
  file: string;
}

/** Every shaped value the notes write, once per file, in notes order, and where each file's first one stands. */
const writtenValuesOf = perContext((context) => {
  const byShape = new Map<ValueShape, Written[]>();
  const firstOfFile = new Map<string, number>();
  const seen = new Set<string>();
  for (const item of context.items) {
    for (const text of textsOf(item)) {
      for (const { value, shape } of valuesIn(text)) {
        const key = `${item.source.file}\u0000${value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const list = byShape.get(shape) ?? byShape.set(shape, []).get(shape)!;
        const place = `${shape}\u0000${item.source.file}`;
        if (!firstOfFile.has(place)) firstOfFile.set(place, list.length);
        list.push({ value, shape, file: item.source.file });
      }
    }
  }
  return { byShape, firstOfFile };
});

function textsOf(item: Item): string[] {
  switch (item.kind) {
    case 'fact':
      return [item.text];
    case 'definition':
      return [item.term, item.definition];
    case 'list':
      return item.members;
    case 'comparison':
      return [item.row, ...item.values.map((v) => v.value)];
    case 'qa':
      return [item.answer, ...item.options];
    case 'usecase':
      return [item.subject];
    case 'command':
      return [item.name];
  }
}

/** Values of the answer's shape and family: the same notes file first, then any file. */
export function shapedSiblings(fact: FactItem, answer: string, context: GenerationContext, shape: ValueShape | undefined = shapeOf(answer)): Candidate[] {
  if (!shape) return [];
  const answerKey = comparisonKey(answer);
  const candidates: Candidate[] = [];
  const { byShape, firstOfFile } = writtenValuesOf(context);
  // The values written near the fact's own file stand in for all of them: a big corpus costs no more per question.
  for (const written of nearby(byShape.get(shape) ?? [], firstOfFile.get(`${shape}\u0000${fact.source.file}`) ?? 0)) {
    if (comparisonKey(written.value) === answerKey || !sameFamily(shape, answer, written.value)) continue;
    // "/etc/kubernetes/manifests/etcd.yaml" under the answer "/etc/kubernetes/manifests/" is no wrong answer.
    if (written.value.startsWith(answer) || answer.startsWith(written.value)) continue;
    // A directory among files (or a file among directories) stands out.
    if (shape === 'path' && isDirectory(written.value) !== isDirectory(answer)) continue;
    const here = written.file === fact.source.file;
    // A joined-up identifier has no family mark: only one written in the same notes is a sibling.
    if (!here && shape === 'camel') continue;
    candidates.push({ text: written.value, tier: here ? 0 : 1 });
  }
  return candidates;
}

