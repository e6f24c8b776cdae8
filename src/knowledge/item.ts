import type { Lexicon } from './lexicon.js';
import type { MeasureDimension } from './measure-units.js';

/**
 * What the notes parser produces: small, typed pieces of knowledge, each with the place it came from.
 * Questions (src/questions) and lookups (src/lookup) are both built from these, so the quiz and the
 * fact desk always agree.
 */

/** Where an item came from. `file` is relative to the notes folder, with `/` separators. */
export interface Source {
  file: string;
  /** 1-based line of the text the item was read from. */
  line: number;
  /** Heading path (and bold-only section lines) above the item, outermost first. */
  section: string[];
}

/** The older five, and the measures of any field (length, mass, power, … : see measure-units.ts). */
export type Dimension = 'duration' | 'size' | 'money' | 'count' | 'port' | MeasureDimension;

/** A number with its unit, as the notes wrote it, normalised so equal quantities compare equal. */
export interface Quantity {
  dimension: Dimension;
  /** Lower bound in base units: seconds, bytes, US dollars, a plain count, or a measure's base unit (metres, grams, …). */
  min: number;
  /** Upper bound in base units; equals `min` for a single value. */
  max: number;
  /** Unit as written, normalised: 'ms', 's', 'minutes', 'hours', 'KB', 'MB', 'GB', 'GiB', '$', 'requests', … */
  unit: string;
  /** `at-most` for "up to 10 GB" / "<= 50 MB", `less-than` for "<1s", `at-least` for ">= 1"; else `exact`. */
  bound: 'exact' | 'at-most' | 'less-than' | 'at-least';
  /** What a price or rate is per ("1M requests", "GB-second"), when the notes say. */
  per?: string;
  /** The text the quantity was read from, trimmed. */
  text: string;
}

interface ItemBase {
  /** Stable id: derived from the item's kind, topic and key words, never from its line number. */
  id: string;
  /** The service or concept the item is about ("Lambda", "DynamoDB", "Serverless"). */
  topic: string;
  source: Source;
}

/** "Lambda — execution timeout: 900 seconds (15 minutes)". */
export interface FactItem extends ItemBase {
  kind: 'fact';
  /** What the fact is about, usually the topic or a sub-part of it ("Lambda", "Lambda quotas"). */
  subject: string;
  /** The attribute named by the fact ("execution timeout", "memory allocation"). */
  attribute: string;
  /** The whole statement, cleaned of markdown. */
  text: string;
  /** Present when the statement carries a number with a unit. */
  quantity?: Quantity;
  /**
   * What the notes say this value is: the default, the least or the most allowed, or only an example
   * ("e.g. 10 % for 5 minutes"). Absent when they say none of these.
   */
  role?: 'default' | 'minimum' | 'maximum' | 'example';
  /** Conditions that qualify the value, as the notes word them: "per second", "with batching", "free tier". */
  conditions?: string[];
  /** True when the notes deny the value ("measured in bytes, not 4-byte increments"). */
  negated?: boolean;
}

/** "EventBridge — a serverless event bus that passes events from a source to an endpoint." */
export interface DefinitionItem extends ItemBase {
  kind: 'definition';
  term: string;
  definition: string;
  /** Other names for the term ("CloudWatch Events" for EventBridge, "CUP" for Cognito User Pools). */
  aliases: string[];
  /** Set when the notes equate the term with its definition ("X = A - B", "Serverless == FaaS"), not describe it. */
  equated?: true;
  /** What its table's first column calls its rows ("Component" of `| Component | Purpose |`): the term's kind. */
  category?: string;
}

/** A titled list whose members are all of one kind ("Global services with no region concept"). */
export interface ListItem extends ItemBase {
  kind: 'list';
  title: string;
  members: string[];
  /** A numbered list's steps in order, each with what it has the reader type (procedure-steps.ts). */
  steps?: ProcedureStep[];
}

/** One step of a numbered procedure: its text, its line, and the code it enters, if any. */
export interface ProcedureStep {
  text: string;
  line: number;
  code?: string;
}

/** One row of a markdown table: `row` compared across `values` (column → cell). */
export interface ComparisonItem extends ItemBase {
  kind: 'comparison';
  /** What the table compares, from its heading ("CloudFront Functions vs. Lambda@Edge"). */
  title: string;
  /** The row label ("Latency"). */
  row: string;
  /** Column header → cell text, in column order, without the row-label column. */
  values: Array<{ column: string; value: string }>;
}

/** A question the notes themselves ask, with the answer they give. */
export interface QuestionItem extends ItemBase {
  kind: 'qa';
  question: string;
  answer: string;
  /** Other options the notes list beside the answer, if any. */
  options: string[];
  /** A line the notes add under the answer to explain it ("API-cache response, Dynamo-dax"), if any. */
  explanation?: string;
  /** The notes give every choice (lettered options with a key): asked with those, as written, and no others. */
  fixedChoices?: boolean;
  /** Further right options of a "Choose TWO" item (empty when only its wording says so): not a one-answer question. */
  otherAnswers?: string[];
}

/** "Use SQS when producers and consumers must be decoupled": a situation the notes say calls for something. */
export interface UseCaseItem extends ItemBase {
  kind: 'usecase';
  /** What to use ("SQS"). */
  subject: string;
  /** When or for what, in the notes' words ("producers and consumers must be decoupled"). */
  situation: string;
}

/** "`lvremove` removes a logical volume": a command line and what it does (see extract-command.ts). */
export interface CommandItem extends ItemBase {
  kind: 'command';
  /** The command as the notes wrote it, options and arguments included ("chage -l USER"). */
  command: string;
  /** What a choice names: the program and its sub-commands ("chage", "kubectl drain"). */
  name: string;
  /** What it does, as a third-person verb phrase ("lists password aging"); absent when the notes only name it. */
  purpose?: string;
  /** The sentence the command was read from. */
  sentence: string;
}

export type Item = FactItem | DefinitionItem | ListItem | ComparisonItem | QuestionItem | UseCaseItem | CommandItem;

/** Something the parser met and could not use, reported with its place. */
export interface ParseWarning {
  file: string;
  line: number;
  message: string;
}

export interface KnowledgeBase {
  items: Item[];
  warnings: ParseWarning[];
  /** Files read, relative to the notes folder. */
  files: string[];
  /** The field vocabulary these notes are read with: the base lexicon plus the folder's own. */
  lexicon: Lexicon;
  /** Each file of `files` → the SHA-256 of its bytes as read (so a bank can record its notes without reading them again). */
  digests: Readonly<Record<string, string>>;
}
