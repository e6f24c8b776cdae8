import type { Paragraph } from 'mdast';
import { NOMINAL_SUFFIX } from './english-words.js';
import { paragraphLines, plainText, squash } from './markdown-text.js';
import { laterBoldLeads, type LaterLead } from './later-leads.js';

/** A statement split into its parts: "Key: value", "**Key** - value", "Term = definition". */
export interface Statement {
  /** The whole statement without markdown. */
  text: string;
  key?: string;
  value?: string;
  /** How the key was written: `=` definitions, bold or code keys, or plain `:` / `-` separators. */
  form?: 'equals' | 'emphasis' | 'colon' | 'dash';
  /** A bold term the sentence opens with and goes on to describe: "DaemonSet" in "A **DaemonSet** ensures …". */
  lead?: string;
  /** How the lead was marked: `code` for "`df -h` lists …", whose description must say what the command does. */
  leadForm?: 'bold' | 'code';
  /** Bold terms opening a later sentence of the paragraph ("… . **Disulfiram** blocks …"), see later-leads.ts. */
  laterLeads?: LaterLead[];
  /**
   * Where in `text` each later source line starts, when the statement was wrapped over several lines
   * ("… 4 TB.⏎SQL Server Standard …"): so a clause of it can cite the line it is on.
   */
  lineStarts?: number[];
}

const MAX_KEY_WORDS = 6;
const EQUALS = /^(.{1,80}?)\s+==?\s+(.+)$/s;
// A colon with no space after it is part of a token ("USER:GROUP", "chown :GROUP", "10.0.0.5:/share"), not a separator.
const COLON = /^([^:]{1,80}?)\s*:\s+(?!\/\/)(\S.*)$/s;
const DASH = /^(.{1,80}?)\s+[-–—]\s+(.+)$/s;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * "Basis point: 0.01 % (75 bps = 0.75 %)", "Knot: 1.852 km/h, so 10 kn = 18.52 km/h": a label whose value
 * states a number of its own before a worked equation. The colon is the statement's separator; the
 * equation after it is an example, not the definition of the label.
 */
function valueBeforeEquation(left: string): boolean {
  const colon = /^[^:]{1,80}?:\s+(.*)$/s.exec(left)?.[1];
  if (!colon) return false;
  const tokens = colon.split(/\s+/).filter(Boolean);
  return tokens.slice(0, -1).some((token) => /\d/.test(token));
}

/** Split a plain-text statement at its first key separator, if the key is short enough to be a key. */
function splitStatement(text: string): Statement {
  const clean = squash(text);
  const eq = EQUALS.exec(clean);
  if (eq && words(eq[1]!) <= MAX_KEY_WORDS && !valueBeforeEquation(eq[1]!))
    return { text: clean, key: eq[1]!.trim(), value: eq[2]!.trim(), form: 'equals' };
  const colon = COLON.exec(clean);
  const dash = DASH.exec(clean);
  const pick =
    colon && dash
      ? colon[1]!.length <= dash[1]!.length
        ? 'colon'
        : 'dash'
      : colon
        ? 'colon'
        : dash
          ? 'dash'
          : undefined;
  const m = pick === 'colon' ? colon : pick === 'dash' ? dash : null;
  if (!m || !pick || words(m[1]!) > MAX_KEY_WORDS || /\d:\d/.test(m[0].slice(m[1]!.length - 1, m[1]!.length + 2)))
    return { text: clean };
  const value = m[2]!.trim();
  // "512 MB - 10 GB" is a range, not a key and a value.
  if (!value || (pick === 'dash' && /^[\d$.]/.test(value))) return { text: clean };
  return { text: clean, key: m[1]!.trim(), value, form: pick };
}

/** Like splitStatement, but a leading **bold** or `code` run is the key: "**Route 53** - DNS service". */
export function paragraphStatement(p: Paragraph): Statement {
  const text = plainText(p);
  const [first, ...rest] = p.children;
  if (first && (first.type === 'strong' || first.type === 'inlineCode') && rest.length > 0) {
    const key = plainText(first).replace(/\s*:$/, '');
    const after = plainText(rest);
    const m =
      /^\s*(?::|[-–—]|=)\s*(.+)$/s.exec(after) ?? (plainText(first).endsWith(':') ? /^\s*(.+)$/s.exec(after) : null);
    if (key && m?.[1]) return { text, key, value: m[1].trim(), form: 'emphasis' };
  }
  const later = laterBoldLeads(p);
  const statement = {
    ...splitStatement(text),
    ...lineStartsOf(p, text),
    ...(later.length > 0 ? { laterLeads: later } : {}),
  };
  const lead = boldLead(p);
  return lead && !statement.key ? { ...statement, ...lead } : statement;
}

/** Offsets in `text` where the paragraph's second, third … lines start; none for a one-line paragraph. */
function lineStartsOf(p: Paragraph, text: string): Pick<Statement, 'lineStarts'> {
  if (!p.children.some((c) => c.type === 'break' || (c.type === 'text' && c.value.includes('\n')))) return {};
  const lines = paragraphLines(p).map((line) => plainText(line));
  // Only when the lines joined give the text back, so every offset is exact.
  if (lines.join(' ') !== text) return {};
  const starts: number[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    at += line.length + 1;
    starts.push(at);
  }
  return { lineStarts: starts };
}

/**
 * "A **DaemonSet** ensures …", "**Taints** repel …", "`df -h` lists …": the bold or code term, when a
 * lower-case word follows it. Not a bold word before a noun it qualifies ("**Synchronous** replication
 * of data …"): that is emphasis inside a noun phrase, and what follows says nothing of the bold word.
 */
function boldLead(p: Paragraph): Pick<Statement, 'lead' | 'leadForm'> | undefined {
  const [first, second, third] = p.children;
  const article = first?.type === 'text' && /^\s*(?:an?|the)\s+$/i.test(first.value);
  const strong = article ? second : first;
  const after = article ? third : second;
  const marked = strong?.type === 'strong' || (strong?.type === 'inlineCode' && !article);
  if (!marked || after?.type !== 'text' || !/^\s+\p{Ll}/u.test(after.value)) return undefined;
  if (strong.type === 'strong' && NOMINAL_SUFFIX.test(/^\s+(\p{L}+)/u.exec(after.value)?.[1] ?? '')) return undefined;
  const lead = plainText(strong);
  return lead ? { lead, leadForm: strong.type === 'inlineCode' ? 'code' : 'bold' } : undefined;
}
