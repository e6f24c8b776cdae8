import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markdownPieces, type Piece } from './markdown-chunks.js';
import { mayHoldGfm } from './may-hold-gfm.js';
import { plainOutlineTree } from './plain-outline-tree.js';

const commonMark = unified().use(remarkParse);
const githubFlavoured = unified().use(remarkParse).use(remarkGfm);

/**
 * A note's mdast trees (GitHub-flavoured: tables, strikethrough), one per piece of the note (see
 * markdownPieces; a note up to 128 KB is one piece), each placed at its lines in the whole note. The
 * parser reads a note twice (words first, then blocks), one piece at a time, so that a long note's tree
 * is never held whole: a 5 MB cheat sheet's is ~110 MB and made a third of its parse time garbage
 * collection.
 *
 * `trees()` gives the pieces' trees in order. A tree remark built is kept for the next pass, then let go
 * (building it again would cost more than holding it); a plain outline's (see plainOutlineTree) costs
 * little to build, so it is built again on each pass and never kept.
 */
export class NoteTrees {
  private readonly pieces: Piece[];
  private readonly kept: Array<Root | undefined>;

  constructor(text: string) {
    this.pieces = markdownPieces(text);
    this.kept = new Array<Root | undefined>(this.pieces.length);
  }

  *trees(): Generator<Root> {
    for (let index = 0; index < this.pieces.length; index += 1) {
      const kept = this.kept[index];
      if (kept) {
        this.kept[index] = undefined;
        yield kept;
        continue;
      }
      const piece = this.pieces[index]!;
      const plain = mayHoldGfm(piece.text) ? undefined : plainOutlineTree(piece.text);
      const tree = plain ?? parseWithRemark(piece.text);
      shiftPositions(tree, piece.lineOffset, piece.charOffset);
      if (!plain) this.kept[index] = tree;
      yield tree;
    }
  }
}

/** GFM is applied only to text that may hold its syntax: the tree is the same, parsing is ~25% faster. */
function parseWithRemark(text: string): Root {
  return (mayHoldGfm(text) ? githubFlavoured : commonMark).parse(text);
}

/** Move every node's position down by `lines` lines and `chars` characters (iteratively: trees can be deep). */
function shiftPositions(tree: Root, lines: number, chars: number): void {
  if (lines === 0 && chars === 0) return;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += chars;
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}
