import { existsSync } from 'node:fs';
import { validateSchedule } from '../schedule/cron-schedule.js';
import { type Settings, settingsSchema } from './settings-schema.js';

/** A setting that is missing or invalid; the message names every one of them at once. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  readonly code = 'E_SETTINGS';
  constructor(readonly problems: string[]) {
    super(`prepbot cannot start: ${problems.length === 1 ? 'a setting is' : `${problems.length} settings are`} invalid\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.`);
  }
}

/**
 * Reads the settings from `env` (by default process.env, after loading `.env` when present) and
 * validates them all; throws one SettingsError naming each bad setting.
 */
export function loadSettings(env: Record<string, string | undefined> = readEnvironment()): Settings {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = settingsSchema.safeParse(blankAsUnset);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(settings)'}: ${issue.message}`);
  if (parsed.success) problems.push(...crossChecks(parsed.data));
  if (problems.length > 0 || !parsed.success) throw new SettingsError(problems);
  return parsed.data;
}

function crossChecks(settings: Settings): string[] {
  const problems: string[] = [];
  const schedule = validateSchedule(settings.DEFAULT_SCHEDULE, settings.DEFAULT_TIMEZONE);
  if (schedule) problems.push(`DEFAULT_SCHEDULE / DEFAULT_TIMEZONE: ${schedule}`);
  if (settings.SLACK_BOT_TOKEN && !settings.SLACK_APP_TOKEN && !settings.SLACK_SIGNING_SECRET) {
    problems.push('SLACK_APP_TOKEN: required with SLACK_BOT_TOKEN for Socket Mode (or set SLACK_SIGNING_SECRET for HTTP mode)');
  }
  if (!settings.SLACK_BOT_TOKEN && (settings.SLACK_APP_TOKEN || settings.SLACK_SIGNING_SECRET)) {
    problems.push('SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set');
  }
  if (settings.DISCORD_TOKEN && !settings.DISCORD_APP_ID) problems.push('DISCORD_APP_ID: required with DISCORD_TOKEN');
  return problems;
}

function readEnvironment(): Record<string, string | undefined> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return process.env;
}
