import type { Nodes, Paragraph, PhrasingContent } from 'mdast';

/** Collapse runs of white space and trim: "Env  variables   total" → "Env variables total". */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A node's text without markdown (bold, code ticks, link targets, image alt text), white space squashed. */
export function plainText(node: Nodes | Nodes[]): string {
  const nodes = Array.isArray(node) ? node : [node];
  return squash(nodes.map(textOf).join(''));
}

/** Like mdast-util-to-string without image alt text, but a hard break (`\` or two spaces) is a space, not nothing. */
function textOf(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/**
 * A paragraph cut at its line ends (soft and hard breaks): one paragraph per line, with its own line
 * number. `Key: value` lines written one under another with no blank line are separate statements.
 */
export function paragraphLines(p: Paragraph): Paragraph[] {
  const start = lineOf(p);
  const lines: PhrasingContent[][] = [[]];
  for (const child of p.children) {
    if (child.type === 'break') {
      lines.push([]);
      continue;
    }
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines[lines.length - 1]!.push(child);
      continue;
    }
    child.value.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ type: 'text', value: part });
    });
  }
  return lines.map((children, i) => ({
    type: 'paragraph',
    children,
    position: { start: { line: start + i, column: 1 }, end: { line: start + i, column: 1 } },
  }));
}

/** 1-based line where a node starts (1 when the parser gave no position). */
export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

const isBlank = (n: PhrasingContent): boolean => n.type === 'text' && n.value.trim() === '';

/** A paragraph made only of links and images (a table-of-contents line, "[Back](../index.md)"). */
export function isLinkOnly(p: Paragraph): boolean {
  const meaningful = p.children.filter((c) => !isBlank(c) && c.type !== 'break');
  return (
    meaningful.length > 0 &&
    meaningful.every(
      (c) => c.type === 'link' || c.type === 'image' || c.type === 'linkReference' || c.type === 'imageReference',
    )
  );
}

/**
 * The label of a bold-only paragraph ("**Storage & Data:**", "**Monitoring**", "**4. Scale to Zero** Capability"
 * is not one), without its trailing colon; `undefined` for any other paragraph.
 */
export function boldLabel(p: Paragraph): string | undefined {
  const meaningful = p.children.filter((c) => !isBlank(c));
  const [first, ...rest] = meaningful;
  if (!first || first.type !== 'strong') return undefined;
  if (!rest.every((c) => c.type === 'text' && /^\s*:?\s*$/.test(c.value))) return undefined;
  const label = plainText(first).replace(/\s*:$/, '').trim();
  return label || undefined;
}
