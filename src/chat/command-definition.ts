import type { FactDesk } from '../lookup/fact-desk.js';
import type { QuizEngine } from '../quiz/quiz-engine.js';
import type { CommandEvent, Reply } from './message.js';
import type { UserFacingError } from './user-facing-error.js';

/** The quiz operations the commands call (QuizEngine implements them). */
type QuizCommands = Pick<
  QuizEngine,
  | 'answer'
  | 'practice'
  | 'score'
  | 'leaderboard'
  | 'here'
  | 'schedule'
  | 'pause'
  | 'resume'
  | 'next'
  | 'seasonReset'
  | 'isAdmin'
  | 'flag'
  | 'flags'
  | 'retire'
  | 'restore'
>;

/** What a command's handler may use. */
export interface CommandServices {
  quiz: QuizCommands;
  factDesk: FactDesk;
}

/** Builds the error for a bad argument: the problem, then the command's usage line. */
export type UsageFailure = (problem?: string) => UserFacingError;

/**
 * A command option as neutral data (the Discord adapter turns it into its builders). Options are
 * listed in the order their values are joined back into the command's text, so the order is part of
 * the contract with `parse`.
 */
export type CommandOption =
  | {
      type: 'string';
      name: string;
      description: string;
      required?: boolean;
      autocomplete?: boolean;
      maxLength?: number;
      choices?: ReadonlyArray<{ name: string; value: string }>;
    }
  | { type: 'integer'; name: string; description: string; minValue?: number }
  | { type: 'user'; name: string; description: string };

/** A subcommand (Discord shows `/prepbot schedule`; its text arrives as `schedule …`). */
interface CommandSubcommand {
  name: string;
  description: string;
  options?: readonly CommandOption[];
}

/** How Discord shows the command: a description and either options or subcommands. */
interface DiscordCommandData {
  description: string;
  options?: readonly CommandOption[];
  subcommands?: readonly CommandSubcommand[];
}

/** How the Slack app manifest declares the command (deploy/slack-manifest*.yaml must say the same). */
interface SlackCommandData {
  /** Default slash command, with the slash (renamable with SLACK_COMMANDS). */
  command: string;
  description: string;
  usageHint?: string;
  /** Slack's should_escape: true when a picked person must arrive as <@U123|name>. */
  escape: boolean;
}

/**
 * One command, everything about it: its name, the usage line /help shows, how its text is read, what
 * it does, and how Slack and Discord declare it. `parse` gets the cleaned text (control characters
 * gone, whitespace collapsed, at most `maxArgumentLength` characters) and throws `fail(...)` on bad
 * arguments; `run` gets what that same `parse` returned.
 */
export interface CommandDefinition<Name extends string = string, Parsed = unknown> {
  name: Name;
  usage: string;
  /** Admins only (Slack workspace admins, Discord Manage Server, the settings list); not listed among /help's commands. */
  adminOnly?: boolean;
  parse(text: string, fail: UsageFailure): Parsed;
  run(services: CommandServices, event: CommandEvent, command: Parsed): Promise<Reply[]> | Reply[];
  slack: SlackCommandData;
  discord: DiscordCommandData;
}
