import type { z } from 'zod';
import type { StoreFileErrorCode } from './store-errors.js';

/** How a store document is versioned and checked. */
export interface StoreFormat<T> {
  /** The zod schema of the current version's data (without `schemaVersion`, which the store owns). */
  schema: z.ZodType<T>;
  /** The version this program writes. */
  currentVersion: number;
  /** `migrations[n]` turns the data of a version n-1 file into version n data (keyed by the version it
   *  produces); a version-1 file is brought to version 3 by `migrations[2]` then `migrations[3]`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an older version's data has no type of its own
  migrations: Record<number, (old: any) => unknown>;
}

/** The decoded data, or what is wrong with the text (a phrase that follows "the file …"). */
export type Decoded<T> =
  { ok: true; data: T; version: number } | { ok: false; code: StoreFileErrorCode; problem: string; cause?: unknown };

const maxIssues = 10;

/**
 * Parses a store file's text, reads `schemaVersion`, migrates older versions step by step and validates
 * the result. Never throws: a bad file is a value, so callers can try backups the same way.
 */
export function decodeStoreText<T>(text: string, format: StoreFormat<T>): Decoded<T> {
  if (text.trim() === '') return { ok: false, code: 'STORE_FILE_EMPTY', problem: 'is empty' };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return notJson(text, error);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { ok: false, code: 'STORE_FILE_INVALID', problem: 'does not hold a JSON object' };
  }
  const { schemaVersion: version, ...data } = document as Record<string, unknown>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      code: 'STORE_FILE_INVALID',
      problem: `has no valid schemaVersion (schemaVersion: expected a whole number ≥ 1, found ${JSON.stringify(version) ?? 'nothing'})`,
    };
  }
  if (version > format.currentVersion) {
    return {
      ok: false,
      code: 'STORE_FILE_TOO_NEW',
      problem: `was written by a newer prepbot (schemaVersion ${version}; this version reads up to ${format.currentVersion}). Upgrade prepbot`,
    };
  }
  let migrated: unknown = data;
  for (let next = version + 1; next <= format.currentVersion; next += 1) {
    const migrate = format.migrations[next];
    if (!migrate)
      return {
        ok: false,
        code: 'STORE_FILE_MIGRATION_FAILED',
        problem: `is schemaVersion ${version} and there is no migration to version ${next}`,
      };
    try {
      migrated = migrate(migrated);
    } catch (error) {
      return {
        ok: false,
        code: 'STORE_FILE_MIGRATION_FAILED',
        problem: `could not be migrated from schemaVersion ${next - 1} to ${next}: ${(error as Error).message}`,
        cause: error,
      };
    }
  }
  const parsed = format.schema.safeParse(migrated);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'STORE_FILE_INVALID',
      problem: `does not have the expected shape:\n${formatIssues(parsed.error.issues)}`,
      cause: parsed.error,
    };
  }
  return { ok: true, data: parsed.data, version };
}

/** zod issues as "  path: expected …" lines, at most ten, then how many more. */
function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.slice(0, maxIssues).map((issue) => {
    const path = issue.path.length === 0 ? '(top level)' : issue.path.map(String).join('.');
    return `  ${path}: ${issue.message.replace(/^Invalid input: /, '')}`;
  });
  if (issues.length > maxIssues) lines.push(`  … and ${issues.length - maxIssues} more`);
  return lines.join('\n');
}

function notJson(text: string, error: unknown): Decoded<never> {
  const trimmed = text.trimEnd();
  const at = /position (\d+)/.exec((error as Error).message);
  const where = at ? ` at ${lineAndColumn(text, Number(at[1]))}` : '';
  // A store file always ends with its closing brace: one that stops short was cut off mid-write.
  if (trimmed.startsWith('{') && !trimmed.endsWith('}')) {
    return {
      ok: false,
      code: 'STORE_FILE_TRUNCATED',
      problem: `is cut short (it stops at ${lineAndColumn(text, trimmed.length)} before the JSON ends — an interrupted copy or a full disk?)`,
      cause: error,
    };
  }
  return {
    ok: false,
    code: 'STORE_FILE_NOT_JSON',
    problem: `is not valid JSON${where}: ${(error as Error).message}`,
    cause: error,
  };
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
