import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import baseLexicon from './base-lexicon.json' with { type: 'json' };
import { PrepbotError } from '../errors/prepbot-error.js';

/**
 * Field vocabulary as data: what a notes folder's words mean beyond plain English. prepbot ships a base
 * lexicon (general words of computing and study notes); a notes folder may carry its own
 * `lexicon.yaml` (or `.yml`/`.json`) at its root, which adds to the base. Rules in knowledge/, questions/
 * and lookup/ read vocabulary only from here, never from word lists of their own about a field.
 */
const synonymGroupSchema = z.strictObject({
  /** The phrase every variant stands for ("memory"). */
  canonical: z.string().min(1),
  /** Other ways people write it ("ram", "mem"). */
  variants: z.array(z.string().min(1)),
});

const lexiconSchema = z.strictObject({
  /** Vendor words dropped in front of a name: "AWS Lambda" is Lambda, "Azure Blob Storage" is Blob Storage. */
  prefixes: z.array(z.string().min(1)).default([]),
  /** Single words that are names in this field although they look ordinary ("Lambda", "Glue", "Pod"). */
  names: z.array(z.string().min(1)).default([]),
  /** Words and phrases people use for the same thing, in queries and in notes. */
  synonyms: z.array(synonymGroupSchema).default([]),
  /** Narrower words that imply a broader one: a note saying "Windows" is about an operating system. */
  broader: z.array(synonymGroupSchema).default([]),
  /** Common misspellings → the right spelling ("lenght": "length"). */
  spellings: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** Headings and labels that name a facet of a subject, never the subject ("Exam Tips", "Pricing"). */
  facets: z.array(z.string().min(1)).default([]),
  /**
   * What an operator's quota is counted per ("account", "region", "subscription"): "Max VPCs per region: 5"
   * is an adjustable account quota, not a property of the thing, and is not asked.
   */
  quotaScopes: z.array(z.string().min(1)).default([]),
  /** Commands and sub-commands by the kind of job they do ("ps", "top": inspect; "rm": remove). */
  commandActions: z
    .strictObject({
      inspect: z.array(z.string().min(1)).default([]),
      create: z.array(z.string().min(1)).default([]),
      remove: z.array(z.string().min(1)).default([]),
      change: z.array(z.string().min(1)).default([]),
    })
    .default({ inspect: [], create: [], remove: [], change: [] }),
  /**
   * Commands that work on the same matter, each group one area ("chmod", "chown", "setfacl": who may
   * use a file): a command question offers the others of its group named anywhere in the notes.
   */
  commandKin: z.array(z.array(z.string().min(1)).min(2)).default([]),
});

export type Lexicon = z.infer<typeof lexiconSchema>;

/** A lexicon file that cannot be used: the message names the file and, where it can, the line and field. */
class LexiconError extends PrepbotError {
  override readonly name = 'LexiconError';
  readonly code = 'LEXICON_INVALID';
  constructor(
    readonly file: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${detail}`, options);
  }
}

const LEXICON_FILES = ['lexicon.yaml', 'lexicon.yml', 'lexicon.json'];

const base: Lexicon = lexiconSchema.parse(baseLexicon);

/** The base lexicon with `extra` added: lists joined (without repeats), spellings merged. */
export function mergeLexicons(first: Lexicon, extra: Partial<Lexicon>): Lexicon {
  const join = (a: readonly string[], b: readonly string[] = []): string[] => [...new Set([...a, ...b])];
  return {
    prefixes: join(first.prefixes, extra.prefixes),
    names: join(first.names, extra.names),
    synonyms: [...first.synonyms, ...(extra.synonyms ?? [])],
    broader: [...first.broader, ...(extra.broader ?? [])],
    spellings: { ...first.spellings, ...extra.spellings },
    facets: join(first.facets, extra.facets),
    quotaScopes: join(first.quotaScopes, extra.quotaScopes),
    commandActions: {
      inspect: join(first.commandActions.inspect, extra.commandActions?.inspect),
      create: join(first.commandActions.create, extra.commandActions?.create),
      remove: join(first.commandActions.remove, extra.commandActions?.remove),
      change: join(first.commandActions.change, extra.commandActions?.change),
    },
    commandKin: [...first.commandKin, ...(extra.commandKin ?? [])],
  };
}

/** The lexicon prepbot ships, for code that reads no notes folder (tests, `ask` over bare items). */
export function baseLexiconOnly(): Lexicon {
  return base;
}

/** Parse one lexicon file's text; throws LexiconError naming the file, line or field. */
function parseLexicon(file: string, text: string): Lexicon {
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (cause) {
    const at = cause instanceof YAMLParseError && cause.linePos ? ` line ${cause.linePos[0].line}:` : '';
    throw new LexiconError(
      file,
      `${at} not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'} (${(cause as Error).message.split('\n')[0]})`,
      { cause },
    );
  }
  const parsed = lexiconSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new LexiconError(file, issues.join('; '));
  }
  return parsed.data;
}

/**
 * The lexicon for the notes in `dir`: the base, plus the folder's own lexicon file when it has one.
 * Throws LexiconError for a file that is there but unusable (silently ignoring it would change answers).
 */
export function loadLexicon(dir: string): Lexicon {
  for (const name of LEXICON_FILES) {
    const file = path.join(dir, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    return mergeLexicons(base, parseLexicon(file, text));
  }
  return base;
}
