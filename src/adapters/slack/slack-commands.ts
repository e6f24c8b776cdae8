import { commandTable, type CommandName } from '../../chat/command-table.js';

/**
 * The core's command names and the Slack slash commands that carry them (from the command table). Slack reserves `/help`, so
 * help is `/prepbot-help` by default; a workspace that already has, say, `/quiz` can rename any of
 * them with `commandNames` (and the same names in its app manifest).
 */
const coreCommands = commandTable.map((command) => command.name);

export type CoreCommand = CommandName;

/** Core command → Slack slash command (with the slash). */
export type SlackCommandNames = Partial<Record<CoreCommand, string>>;

export const defaultSlackCommandNames = Object.fromEntries(
  commandTable.map((command) => [command.name, command.slack.command]),
) as Record<CoreCommand, string>;

/** Slack slash command → core command, after applying the overrides. Throws on a malformed name. */
export function slackCommandTable(overrides: SlackCommandNames = {}): Map<string, CoreCommand> {
  const table = new Map<string, CoreCommand>();
  for (const core of coreCommands) {
    const slack = (overrides[core] ?? defaultSlackCommandNames[core]).toLowerCase();
    if (!/^\/[a-z0-9_-]{1,31}$/.test(slack)) {
      throw new TypeError(
        `commandNames.${core}: "${slack}" is not a Slack slash command (a slash and up to 31 of a-z 0-9 - _)`,
      );
    }
    if (table.has(slack))
      throw new TypeError(`commandNames.${core}: "${slack}" is already used for ${table.get(slack)}`);
    table.set(slack, core);
  }
  return table;
}
