import type { Nodes, Paragraph, Root } from 'mdast';
import { plainText } from './markdown-text.js';

/**
 * Words this note writes as names: capitalised in mid-sentence at least twice ("Lambda", "Fargate"), or
 * once when a heading is that word alone ("#### Fargate" and "choose Fargate for …"), and any word the
 * note writes after a vendor prefix ("AWS Fargate", "Azure Policy"). `trees` are the note's trees, piece
 * by piece (one for a short note): they are read one at a time, so a long note is never held whole.
 */
export function capitalisedWords(trees: Iterable<Root>, vendor: RegExp): Set<string> {
  const counts = new Map<string, number>();
  const alone = new Set<string>();
  const vendored = new Set<string>();
  const afterVendor = new RegExp(`(?:${vendor.source})(\\p{Lu}[\\p{L}\\p{N}-]+)`, 'gu');
  for (const tree of trees) {
    for (const node of tree.children) {
      if (node.type !== 'heading') continue;
      const text = plainText(node);
      if (/^\p{Lu}\p{Ll}{2,}$/u.test(text)) alone.add(text.toLowerCase());
      for (const m of text.matchAll(afterVendor)) vendored.add(m[1]!.toLowerCase());
    }
    for (const p of collectParagraphs(tree, [])) {
      const text = plainText(p);
      for (const m of text.matchAll(afterVendor)) vendored.add(m[1]!.toLowerCase());
      for (const m of text.matchAll(/(?<=[\p{Ll},;]\s+)(\p{Lu}\p{Ll}{2,})\b/gu)) {
        const w = m[1]!.toLowerCase();
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  return new Set([...vendored, ...[...counts].filter(([w, n]) => n >= 2 || alone.has(w)).map(([w]) => w)]);
}

function collectParagraphs(node: Nodes, out: Paragraph[]): Paragraph[] {
  if (node.type === 'paragraph') out.push(node);
  else if ('children' in node) for (const child of node.children) collectParagraphs(child as Nodes, out);
  return out;
}
