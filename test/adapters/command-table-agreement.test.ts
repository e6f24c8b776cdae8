import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commandTable } from '../../src/chat/command-table.js';
import { commandDefinitions } from '../../src/adapters/discord/command-definitions.js';

/** Issue 16: the Slack manifests and the Discord registration say what the command table says. */

interface ManifestCommand {
  command: string;
  description: string;
  usage_hint?: string;
  should_escape?: boolean;
}

/** Slack lists slash commands by name, so the manifest's order is free. */
const byCommand = (a: { command: string }, b: { command: string }) => a.command.localeCompare(b.command);

const manifestCommands = (name: string) =>
  (
    parse(readFileSync(new URL(`../../deploy/${name}`, import.meta.url), 'utf8')) as {
      features: { slash_commands: ManifestCommand[] };
    }
  ).features.slash_commands
    .map(({ command, description, usage_hint, should_escape }) => ({
      command,
      description,
      usage_hint,
      should_escape,
    }))
    .sort(byCommand);

interface DefinedOption {
  name: string;
  description: string;
  type: number;
  options?: DefinedOption[];
}

describe('the command table and what the platforms are told', () => {
  it.each(['slack-manifest.yaml', 'slack-manifest-http.yaml'])(
    '%s declares the table’s commands with its descriptions, usage hints and escaping',
    (name) => {
      expect(manifestCommands(name)).toEqual(
        commandTable
          .map(({ slack }) => ({
            command: slack.command,
            description: slack.description,
            usage_hint: slack.usageHint,
            should_escape: slack.escape,
          }))
          .sort(byCommand),
      );
    },
  );

  it('Discord registers the table’s commands with its descriptions, options and subcommands', () => {
    const registered = Object.fromEntries(commandDefinitions.map((definition) => [definition.name, definition]));
    expect(Object.keys(registered).sort()).toEqual(commandTable.map((command) => command.name).sort());
    for (const command of commandTable) {
      const definition = registered[command.name]!;
      expect(definition.description, command.name).toBe(command.discord.description);
      const options = (definition.options ?? []) as DefinedOption[];
      const named = (list: readonly { name: string; description: string }[] = []) =>
        list.map(({ name, description }) => ({ name, description }));
      if (command.discord.subcommands) {
        expect(named(options), command.name).toEqual(named(command.discord.subcommands));
        for (const sub of command.discord.subcommands)
          expect(
            named(options.find((option) => option.name === sub.name)?.options),
            `${command.name} ${sub.name}`,
          ).toEqual(named(sub.options));
      } else {
        expect(named(options), command.name).toEqual(named(command.discord.options));
      }
    }
  });

  it('only the admin commands need Manage Server on Discord, and only they are left out of /help’s list', () => {
    const guarded = commandDefinitions
      .filter((definition) => definition.default_member_permissions != null)
      .map((definition) => definition.name);
    expect(guarded).toEqual(['prepbot']);
    expect(commandTable.filter((command) => command.adminOnly).map((command) => command.name)).toEqual(['prepbot']);
  });
});
