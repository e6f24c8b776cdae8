import { z } from 'zod';
import { commandTable } from '../chat/command-table.js';

/** The chat commands a SLACK_COMMANDS pair may rename, in the table's order. */
const commandNames = commandTable.map((command) => command.name);
const slackCommandPair = new RegExp(`^(${commandNames.join('|')})=(\\/[a-z0-9_-]+)$`, 'i');

const trueWords = ['true', '1', 'yes', 'on'];
const falseWords = ['false', '0', 'no', 'off'];
/** A yes/no setting: true/false, yes/no, on/off or 1/0, in any case (`TRUE`, `Yes`). */
const flag = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .refine((value) => trueWords.includes(value) || falseWords.includes(value), {
    message: 'expected true or false (also yes/no, on/off, 1/0)',
  })
  .transform((value) => trueWords.includes(value));

const optionalText = z.string().trim().min(1).optional();

const url = z.url({ message: 'expected a URL such as http://127.0.0.1:9000/api/' }).optional();

/**
 * Every setting prepbot reads, with its default. Names are the environment variables (also read from
 * `.env`); `.env.example` documents each one.
 */
export const settingsSchema = z.object({
  NOTES_DIR: z.string().min(1).default('data/notes'),
  QUESTIONS_DIR: z.string().min(1).default('questions'),
  STORE_PATH: z.string().min(1).default('data/prepbot.json'),
  STORE_BACKUPS: z.coerce.number().int().min(0).max(20).default(3),
  RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
  DEFAULT_SCHEDULE: z.string().min(1).default('0 9 * * 1-5'),
  DEFAULT_TIMEZONE: z.string().min(1).default('UTC'),
  CLOSE_AFTER_HOURS: z.coerce
    .number()
    .min(0.05)
    .max(24 * 7)
    .default(8),
  FEEDBACK_AT_CLOSE: flag.default(false),
  /** How many people's flags retire a question in their workspace (an admin's flag retires at once). */
  FLAGS_TO_RETIRE: z.coerce.number().int().min(1).max(100).default(2),
  PREPBOT_ADMINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HEALTH_PORT: z.coerce.number().int().min(1).max(65535).optional(),

  SLACK_BOT_TOKEN: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: url,
  /** Renamed Slack commands, e.g. `quiz=/prepbot-quiz,limit=/plimit`, when a workspace already has them. */
  SLACK_COMMANDS: z
    .string()
    .default('')
    .transform((list, ctx) => {
      const names: Record<string, string> = {};
      for (const pair of list
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const match = slackCommandPair.exec(pair);
        if (!match)
          ctx.addIssue({
            code: 'custom',
            message: `"${pair}" is not command=/name (commands: ${commandNames.join(', ')})`,
          });
        else names[match[1]!.toLowerCase()] = match[2]!;
      }
      return names;
    }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),

  DISCORD_TOKEN: optionalText,
  DISCORD_APP_ID: optionalText,
  DISCORD_API_URL: url,
  DISCORD_GUILD_ID: optionalText,
});

export type Settings = z.infer<typeof settingsSchema>;
