import { existsSync, statSync } from 'node:fs';
import { validateSchedule } from '../schedule/validate-schedule.js';
import { impossibleDate } from './impossible-date.js';
import { type Settings, settingsSchema } from './settings-schema.js';
import { PrepbotError } from '../errors/prepbot-error.js';

/** A setting that is missing or invalid; the message names every one of them at once. */
export class SettingsError extends PrepbotError {
  override readonly name = 'SettingsError';
  readonly code = 'SETTINGS_INVALID';
  constructor(readonly problems: string[]) {
    super(
      `${problems.length === 1 ? 'a setting is' : `${problems.length} settings are`} invalid, so nothing was done\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.`,
    );
  }
}

/** Settings given on the command line (`--notes`, `--questions`, `--store`): they win over env and `.env`. */
export type SettingOverrides = Partial<Record<'NOTES_DIR' | 'QUESTIONS_DIR' | 'STORE_PATH', string | undefined>>;

/**
 * The one settings loader every subcommand uses: reads `env` (by default process.env, after loading
 * `.env` when present), lays the command-line `overrides` over it, and validates everything; throws
 * one SettingsError naming each bad setting, the schema's problems and the cross-checks (schedule,
 * timezone, token pairs, and the notes folder unless `usesNotes` is false, as for `register`) together.
 */
export function loadSettings(
  env: Record<string, string | undefined> = readEnvironment(),
  overrides: SettingOverrides = {},
  options: { usesNotes?: boolean } = {},
): Settings {
  const present = (entries: Record<string, string | undefined>) =>
    Object.entries(entries).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== '',
    );
  // An override not given (undefined) leaves the environment's value in place.
  const given: Record<string, string> = Object.fromEntries([...present(env), ...present(overrides)]);
  const parsed = settingsSchema.safeParse(given);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(settings)'}: ${issue.message}`);
  problems.push(...crossChecks(given, options.usesNotes ?? true));
  if (problems.length > 0 || !parsed.success) throw new SettingsError(problems);
  return parsed.data;
}

/** Checks across settings and against the disk, made on the raw values so they run even when other
 *  settings are invalid (a person fixes them all in one go). */
function crossChecks(given: Record<string, string>, usesNotes: boolean): string[] {
  const problems: string[] = [];
  const cron = given.DEFAULT_SCHEDULE ?? settingsSchema.shape.DEFAULT_SCHEDULE.parse(undefined);
  const timezone = given.DEFAULT_TIMEZONE ?? 'UTC';
  const schedule = impossibleDate(cron) ?? validateSchedule(cron, timezone);
  if (schedule)
    problems.push(`${schedule.includes('timezone') ? 'DEFAULT_TIMEZONE' : 'DEFAULT_SCHEDULE'}: ${schedule}`);
  if (schedule?.includes('timezone')) {
    // The timezone hid the schedule's own check: run it over UTC so both are reported.
    const cronProblem = impossibleDate(cron) ?? validateSchedule(cron, 'UTC');
    if (cronProblem) problems.push(`DEFAULT_SCHEDULE: ${cronProblem}`);
  }
  const notes = given.NOTES_DIR ?? 'data/notes';
  const notesProblem = usesNotes ? folderProblem(notes) : undefined;
  if (notesProblem) problems.push(`NOTES_DIR: ${notesProblem}`);
  if (given.SLACK_BOT_TOKEN && !given.SLACK_APP_TOKEN && !given.SLACK_SIGNING_SECRET) {
    problems.push(
      'SLACK_APP_TOKEN: required with SLACK_BOT_TOKEN for Socket Mode (or set SLACK_SIGNING_SECRET for HTTP mode)',
    );
  }
  if (!given.SLACK_BOT_TOKEN && (given.SLACK_APP_TOKEN || given.SLACK_SIGNING_SECRET)) {
    problems.push('SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set');
  }
  if (given.DISCORD_TOKEN && !given.DISCORD_APP_ID) problems.push('DISCORD_APP_ID: required with DISCORD_TOKEN');
  return problems;
}

function folderProblem(folder: string): string | undefined {
  try {
    return statSync(folder).isDirectory() ? undefined : `${folder} is a file, not a folder of notes`;
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'ENOENT'
      ? `the folder ${folder} does not exist (set NOTES_DIR or --notes to your notes folder)`
      : `the folder ${folder} cannot be read (${code ?? (error as Error).message})`;
  }
}

function readEnvironment(): Record<string, string | undefined> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return process.env;
}
