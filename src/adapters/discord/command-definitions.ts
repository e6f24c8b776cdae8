import {
  InteractionContextType,
  PermissionFlagsBits,
  REST,
  Routes,
  SlashCommandBuilder,
  SlashCommandStringOption,
  SlashCommandSubcommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandOption } from '../../chat/command-definition.js';
import { commandTable } from '../../chat/command-table.js';
import { CommandRegistrationError } from './discord-errors.js';

/**
 * prepbot's slash commands as Discord application commands, built from the core's command table.
 * Options keep the table's order: it is the order their values are joined back into the core's
 * command text (see to-command-text.ts). Admin-only commands need Manage Server by default.
 */
export const commandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = commandTable.map((command) =>
  toSlashCommand(command).toJSON(),
);

function toSlashCommand(command: (typeof commandTable)[number]): SlashCommandBuilder {
  const builder = new SlashCommandBuilder()
    .setName(command.name)
    .setDescription(command.discord.description)
    .setContexts(InteractionContextType.Guild);
  if (command.adminOnly) builder.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
  addOptions(builder, command.discord.options ?? []);
  for (const sub of command.discord.subcommands ?? [])
    builder.addSubcommand((subcommand) =>
      addOptions(subcommand.setName(sub.name).setDescription(sub.description), sub.options ?? []),
    );
  return builder;
}

/** Adds the neutral options to a command or subcommand builder, in order. */
function addOptions<Builder extends SlashCommandBuilder | SlashCommandSubcommandBuilder>(
  builder: Builder,
  options: readonly CommandOption[],
): Builder {
  for (const option of options) {
    if (option.type === 'user')
      builder.addUserOption((user) => user.setName(option.name).setDescription(option.description));
    else if (option.type === 'integer')
      builder.addIntegerOption((integer) => {
        integer.setName(option.name).setDescription(option.description);
        if (option.minValue !== undefined) integer.setMinValue(option.minValue);
        return integer;
      });
    else builder.addStringOption((text) => toStringOption(text, option));
  }
  return builder;
}

function toStringOption(
  builder: SlashCommandStringOption,
  option: Extract<CommandOption, { type: 'string' }>,
): SlashCommandStringOption {
  builder.setName(option.name).setDescription(option.description);
  if (option.required) builder.setRequired(true);
  if (option.autocomplete) builder.setAutocomplete(true);
  if (option.maxLength !== undefined) builder.setMaxLength(option.maxLength);
  if (option.choices) builder.addChoices(...option.choices);
  return builder;
}

/** Where and how to register: on one guild (shows up at once) or globally (when `guildId` is absent). */
export interface RegisterCommandsOptions {
  token: string;
  appId: string;
  /** REST base, default `https://discord.com/api`. */
  apiUrl?: string;
  guildId?: string;
}

/** A registered command as Discord echoed it. */
export interface RegisteredCommand {
  id: string;
  name: string;
}

/**
 * Replaces the application's commands (one bulk PUT, so removed commands disappear). Throws
 * `CommandRegistrationError` naming the target when Discord refuses.
 */
export async function registerCommands(options: RegisterCommandsOptions): Promise<RegisteredCommand[]> {
  const rest = new REST({ api: options.apiUrl ?? 'https://discord.com/api', retries: 2, timeout: 10_000 }).setToken(
    options.token,
  );
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.appId, options.guildId)
    : Routes.applicationCommands(options.appId);
  const target = options.guildId ? `guild ${options.guildId}` : 'all servers (global)';
  try {
    const registered = (await rest.put(route, { body: commandDefinitions })) as Array<{ id: string; name: string }>;
    return registered.map(({ id, name }) => ({ id, name }));
  } catch (error) {
    throw new CommandRegistrationError(
      `Registering the slash commands of application ${options.appId} on ${target} failed: ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
