import type { List, PhrasingContent } from 'mdast';
import { lineOf, plainText, squash } from './markdown-text.js';
import type { ProcedureStep } from './item.js';

/**
 * A numbered list is a procedure: "1. Interrupt the boot, press `e`", "2. Append `init=/bin/sh` to the
 * kernel line", "3. `mount -o remount,rw /`". Each step keeps its text and the first thing it has the
 * reader type (its first code span that is no key press), so a question can ask what is entered at a
 * step, among what the other steps enter.
 */
export function procedureSteps(list: List): ProcedureStep[] | undefined {
  if (list.ordered !== true) return undefined;
  return list.children.map((child) => {
    const first = child.children.find((node) => node.type === 'paragraph');
    const codes = first ? inlineCodes(first.children) : [];
    const code = codes.map(squash).find((value) => !KEY_PRESS.test(value));
    return { text: first ? plainText(first) : '', line: lineOf(child), ...(code ? { code } : {}) };
  });
}

/** "e", "Ctl-x", "C-x", "Ctrl+Alt+Del": a key the reader presses, not something typed. */
const KEY_PRESS =
  /^(?:\S|(?:c|ctl|ctrl|alt|shift|meta|cmd|super)(?:[-+](?:c|ctl|ctrl|alt|shift|meta|cmd|super))*[-+]\S+)$/i;

function inlineCodes(nodes: readonly PhrasingContent[]): string[] {
  return nodes.flatMap((node) =>
    node.type === 'inlineCode'
      ? [node.value]
      : 'children' in node
        ? inlineCodes(node.children as PhrasingContent[])
        : [],
  );
}
