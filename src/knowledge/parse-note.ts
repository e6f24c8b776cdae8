import type { List, Nodes, RootContent } from 'mdast';
import { capitalisedWords } from './capitalised-words.js';
import { paragraphStatement } from './extract-key-value.js';
import { walkList } from './extract-list.js';
import { addExamBlock, addExamList, addExamParagraph, examBlocks, type ExamBlock } from './extract-exam-questions.js';
import { answerKeyOf } from './answer-key.js';
import { contrastFacts } from './contrast-blocks.js';
import { headingContrastFacts } from './contrast-heading.js';
import { addReviewQuestions } from './review-questions.js';
import { SAMPLE_MARKER } from './extract-samples.js';
import { addCommands } from './extract-command.js';
import { addCodeBlockCommands } from './code-block-commands.js';
import { addCellDefinition, addDefinition, addStatement } from './extract-statement.js';
import { definitionSentence } from './prose-definition.js';
import { addDescriptionColumns } from './description-columns.js';
import { isTermKey } from './term-key.js';
import { tableComparisons } from './extract-table.js';
import { tableFacts } from './extract-table-facts.js';
import { isSampleOutput } from './table-sample-output.js';
import type { Item, ParseWarning } from './item.js';
import { dedupeIds } from './item-id.js';
import { keyValueLines } from './key-value-lines.js';
import { readLines, statementLines } from './statement-lines.js';
import { labelLineOf, type LabelLine } from './label-line.js';
import { baseLexiconOnly, type Lexicon } from './lexicon.js';
import { boldLabel, isLinkOnly, lineOf, plainText } from './markdown-text.js';
import { NoteContext } from './note-context.js';
import { NoteTrees } from './note-trees.js';
import { findQuantities } from './parse-quantity.js';
import { readableText } from './readable-text.js';
import { headingSubject, type HeadingName } from './topic-of.js';
import { unclosedFence } from './unclosed-fence.js';
import { nameHints } from './vocabulary.js';

export type { ParseWarning } from './item.js';

/** The sentences of a paragraph before its last, introducing one ("… For example:"); '' when there are none. */
function sentencesBeforeIntro(text: string): string {
  const cut = text.slice(0, -1).search(/[.!?]\s+[^.!?]*$/);
  return cut < 0 ? '' : text.slice(0, cut + 1).trim();
}

/** The intro line completed by its bullets' own lines, as a fact about what the heading is about. */
function introFact(ctx: NoteContext, intro: string, list: List, line: number): void {
  // Bullets that head lists of their own ("- **Containers**" over "- Fargate") are groups, not statements.
  if (list.children.some((item) => item.children.some((c) => c.type === 'list'))) return;
  const bullets = list.children
    .map((item) => plainText(item.children.filter((c) => c.type === 'paragraph').slice(0, 1)))
    .filter(Boolean);
  if (bullets.length < 2) return;
  ctx.add(
    { kind: 'fact', subject: ctx.sectionSubject(), attribute: '', text: `${intro}: ${bullets.join('; ')}` },
    line,
  );
}

/**
 * Turn one note into items. `file` is the note's path relative to the notes folder (used in sources);
 * `lexicon` is the field vocabulary of its folder (names, vendor prefixes). Never throws: anything the
 * parser cannot use becomes a warning with its line.
 */
export function parseNote(
  file: string,
  text: string,
  lexicon: Lexicon = baseLexiconOnly(),
): { items: Item[]; warnings: ParseWarning[] } {
  const readable = readableText(text);
  const notes = new NoteTrees(readable.text);
  const lines = readable.text.split(/\r?\n/);
  const answerKey = answerKeyOf(lines);
  let exams = new Map<RootContent | Nodes, ExamBlock>();
  const ctx = new NoteContext(file, nameHints(lexicon, capitalisedWords(notes.trees(), nameHints(lexicon).vendor)));
  const noteTitle = ctx.topic();
  // Front matter naming the note ("aliases: [SQS]") makes its title the heading over what comes first.
  let heading: HeadingName | undefined = readable.aliases.length > 0 ? ctx.enterTitle(readable.aliases) : undefined;
  let headingText = '';
  let intro: string | undefined;
  let samples = false;
  /** A plain label line right above a list ("Visibility Timeout", "What is SQS?"): what the list hangs from. */
  let labelLine: LabelLine | undefined;
  let next: RootContent | Nodes | undefined;
  /** The code block just above (a short paragraph between, "This query returns:", keeps it): a table after it may be its output. */
  let codeAbove: string | undefined;

  const block = (node: RootContent | Nodes): void => {
    const justAfterHeading = heading;
    heading = undefined;
    const labelBefore = labelLine;
    labelLine = undefined;
    const introBefore = intro;
    intro = undefined;
    const samplesBefore = samples;
    samples = false;
    const codeBefore = codeAbove;
    codeAbove = node.type === 'paragraph' && plainText(node).split(/\s+/).length <= 12 ? codeBefore : undefined;
    // A practice test's answer key ("## Answers" then "1. B  2. D") is read with its questions.
    if ((node.type !== 'heading' && answerKey.lines.has(lineOf(node))) || addExamBlock(ctx, exams.get(node))) return;
    switch (node.type) {
      case 'heading':
        headingText = plainText(node);
        heading = ctx.enterHeading(node.depth, headingText);
        return;
      case 'paragraph': {
        if (isLinkOnly(node) || addExamParagraph(ctx, node, answerKey)) return;
        // "Default port: 80" over "Secure port: 443", or a statement a line: each line is a statement (not under a named heading).
        const keyedLines = keyValueLines(node);
        const ownLines =
          keyedLines ?? (justAfterHeading?.whole && justAfterHeading.name ? undefined : statementLines(node));
        if (ownLines) {
          const after = next;
          readLines(ctx, ownLines, keyedLines !== undefined, (line, index, below) => {
            heading = index === 0 ? justAfterHeading : undefined;
            next = below ?? after;
            block(line);
          });
          return;
        }
        addCommands(ctx, node, { heading: justAfterHeading ? headingText : undefined, intro: introBefore });
        const label = boldLabel(node);
        // "**Protection against a zone failure.**": a bold sentence is emphasis, no label over what follows.
        if (label && !/^\S+(?:\s+\S+){3,}\.$/.test(label)) {
          if (SAMPLE_MARKER.test(label)) samples = true;
          else ctx.label = label;
          // "**14 day retention period**": a label holding its own value is a fact as well.
          if (!samples && findQuantities(label).length > 0)
            addStatement(ctx, { text: label }, lineOf(node), ctx.topic(), undefined, { definitions: false });
          return;
        }
        const statement = paragraphStatement(node);
        const asLabel = next?.type === 'list' ? labelLineOf(statement, ctx) : undefined;
        if (asLabel) {
          labelLine = asLabel;
          ctx.label = asLabel.text;
          return;
        }
        if (SAMPLE_MARKER.test(statement.text)) {
          samples = true;
          return;
        }
        if (statement.text.endsWith(':')) {
          // "… is called a covering index. For example:" before code or a heading: the sentences before
          // the introducing one still say something; only a list (or table) completes the intro itself.
          const said = next?.type === 'list' || next?.type === 'table' ? '' : sentencesBeforeIntro(statement.text);
          if (said === '') {
            intro = statement.text.replace(/\s*:$/, '');
            return;
          }
          addStatement(ctx, { text: said }, lineOf(node), ctx.topic(), undefined, {
            plain: said.split(/\s+/).length >= 3,
            plainSubject: ctx.sectionSubject(),
          });
          return;
        }
        const line = lineOf(node);
        const named = justAfterHeading ? (justAfterHeading.name ?? headingSubject(headingText)) : undefined;
        // "Lambda SnapStart cuts cold start time: the function …" is a sentence with a colon, not a key.
        const keyed = statement.key !== undefined && isTermKey(statement.key, statement.form === 'emphasis');
        const plain = keyed ? statement : { text: statement.text };
        let given = 0;
        // Under "## DynamoDB", a describing paragraph defines DynamoDB, unless it says so itself ("X is a …").
        if (
          justAfterHeading?.whole &&
          justAfterHeading.name &&
          !keyed &&
          !definitionSentence(plain, justAfterHeading.name)
        ) {
          addDefinition(ctx, justAfterHeading.name, statement.text, line, justAfterHeading.aliases);
          given += 1;
        }
        // A paragraph that gives nothing else describes what its heading is about ("## Lambda in a VPC").
        addStatement(ctx, statement, line, ctx.topic(), named, {
          plain: given === 0 && statement.text.split(/\s+/).length >= 3,
          plainSubject: ctx.sectionSubject(),
        });
        return;
      }
      case 'list':
        if (addExamList(ctx, node, answerKey)) return;
        addReviewQuestions(ctx, node);
        if (labelBefore) {
          walkList(ctx, node, { heading: labelBefore.names, parent: labelBefore.parent, block });
          return;
        }
        walkList(ctx, node, { heading: justAfterHeading, intro: introBefore, samples: samplesBefore, block });
        // "Could have most of the following characteristics:" and the bullets after it are one statement.
        if (introBefore && !samplesBefore) introFact(ctx, introBefore, node, lineOf(node));
        return;
      case 'table': {
        // The rows of a worked query's output are sample records, not facts.
        if (isSampleOutput(node, codeBefore)) return;
        // "| Private Cloud | Public Cloud |" over sentences: each cell describes its column's thing (description-columns.ts).
        if (addDescriptionColumns(ctx, node, ctx.sectionSubject())) return;
        const title = ctx.title() ?? 'Comparison';
        const { rows, warnings } = tableComparisons(node, title, file);
        // A two-column table is a list of statements, not a comparison; a wider one compares, and its numbers are facts too.
        const twoColumns = (node.children[0]?.children.length ?? 0) === 2;
        addCommands(ctx, node);
        if (!twoColumns)
          for (const row of rows)
            ctx.add({ kind: 'comparison', title: row.title, row: row.row, values: row.values }, row.line);
        for (const { line, ...draft } of tableFacts(node, ctx.sectionSubject(), ctx.hints)) {
          if (draft.kind === 'definition') addCellDefinition(ctx, draft.term, draft.definition, line, draft.category);
          else {
            const { topic, ...fact } = draft;
            ctx.add(fact, line, topic);
          }
        }
        ctx.warnings.push(...warnings);
        return;
      }
      case 'code':
        codeAbove = node.value;
        addCodeBlockCommands(ctx, node, justAfterHeading ? headingText : undefined, introBefore);
        if (unclosedFence(node, lines))
          ctx.warn(lineOf(node), 'code fence is never closed: the rest of the file was read as code');
        return;
      case 'blockquote':
        blocks(node.children);
        return;
      default:
        return;
    }
  };

  const blocks = (nodes: Array<RootContent | Nodes>): void => {
    nodes.forEach((node, index) => {
      next = nodes[index + 1];
      block(node);
    });
  };
  // The note's blocks, piece by piece, each read knowing the block after it (which may open the next piece).
  let pending: RootContent | undefined;
  for (const tree of notes.trees()) {
    exams = examBlocks(tree.children, answerKey);
    for (const node of tree.children) {
      if (pending) {
        next = node;
        block(pending);
      }
      pending = node;
    }
  }
  if (pending) {
    next = undefined;
    block(pending);
  }
  // "X vs Y" as a name line and bullets per thing, read from the lines (markdown runs them together).
  ctx.items.push(...contrastFacts(file, lines, noteTitle), ...headingContrastFacts(file, lines));
  return { items: dedupeIds(ctx.items), warnings: ctx.warnings };
}
