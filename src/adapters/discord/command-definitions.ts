import {
  InteractionContextType,
  PermissionFlagsBits,
  REST,
  Routes,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { CommandRegistrationError } from './discord-errors.js';

/**
 * prepbot's slash commands as Discord application commands. Options are listed in the order their
 * values are joined back into the core's command text (see to-command-event.ts), so the order here is
 * part of the contract with the command router.
 */
export const commandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  new SlashCommandBuilder()
    .setName('quiz')
    .setDescription('Practise: a question picked for you, answered privately')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option.setName('topic').setDescription('Only questions on this topic').setAutocomplete(true).setMaxLength(100),
    ),
  new SlashCommandBuilder()
    .setName('limit')
    .setDescription('Look up a number from the notes: a limit, quota, size, price or port')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option
        .setName('words')
        .setDescription('What to look up, e.g. "queue message size"')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(200),
    ),
  new SlashCommandBuilder()
    .setName('define')
    .setDescription('What the notes say a service or concept is')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option
        .setName('term')
        .setDescription('The service or concept')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(200),
    ),
  new SlashCommandBuilder()
    .setName('score')
    .setDescription('Points, rank, accuracy, streaks, practice and weakest topics')
    .setContexts(InteractionContextType.Guild)
    .addUserOption((option) => option.setName('user').setDescription('Someone else (default: you)')),
  new SlashCommandBuilder()
    .setName('leaderboard')
    .setDescription('The top ten of this server')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option
        .setName('period')
        .setDescription('Which period (default: the whole season)')
        .addChoices(
          { name: 'This week', value: 'week' },
          { name: 'This month', value: 'month' },
          { name: 'This season', value: 'all' },
        ),
    )
    .addIntegerOption((option) =>
      option.setName('season').setDescription('An earlier season, by its number').setMinValue(1),
    ),
  new SlashCommandBuilder()
    .setName('help')
    .setDescription('What prepbot can do')
    .setContexts(InteractionContextType.Guild),
  new SlashCommandBuilder()
    .setName('prepbot')
    .setDescription('Set up the daily question (Manage Server only)')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((sub) => sub.setName('here').setDescription('Post the daily question in this channel'))
    .addSubcommand((sub) =>
      sub
        .setName('schedule')
        .setDescription('When the daily question is posted')
        .addStringOption((option) =>
          option
            .setName('cron')
            .setDescription('Cron expression, e.g. 0 9 * * 1-5')
            .setRequired(true)
            .setMaxLength(100),
        )
        .addStringOption((option) =>
          option.setName('timezone').setDescription('IANA time zone, e.g. Europe/Berlin').setMaxLength(100),
        ),
    )
    .addSubcommand((sub) => sub.setName('pause').setDescription('Stop posting in this channel'))
    .addSubcommand((sub) => sub.setName('resume').setDescription('Start posting again'))
    .addSubcommand((sub) => sub.setName('next').setDescription('Post the next question now'))
    .addSubcommand((sub) =>
      sub
        .setName('season-reset')
        .setDescription('Start a new season: scores back to zero (asks first; then run it again with confirm)')
        .addStringOption((option) =>
          option
            .setName('confirm')
            .setDescription('Confirm the reset you asked for in the last minute')
            .addChoices({ name: 'Yes, start a new season', value: 'confirm' }),
        ),
    )
    .addSubcommand((sub) =>
      sub.setName('flags').setDescription('Flagged and retired questions, with counts, reasons and statistics'),
    )
    .addSubcommand((sub) =>
      sub
        .setName('retire')
        .setDescription('Never ask this question here again')
        .addStringOption((option) =>
          option.setName('id').setDescription('Question id, e.g. q-1a2b3c4d').setRequired(true).setMaxLength(100),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('restore')
        .setDescription('Ask a retired question here again')
        .addStringOption((option) =>
          option.setName('id').setDescription('Question id, e.g. q-1a2b3c4d').setRequired(true).setMaxLength(100),
        ),
    ),
].map((builder) => builder.toJSON());

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
