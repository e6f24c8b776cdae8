import { loadSettings } from '../settings/load-settings.js';
import { describeStartupError } from './startup-error.js';

/**
 * `prepbot register [--guild ID]`: puts the slash commands on one Discord server (instant) or on all
 * (global, may take up to an hour to show), then prints the invite URL. Returns the exit code.
 */
export async function runRegister(
  options: { guild?: string },
  io: { stdout: NodeJS.WritableStream; stderr?: NodeJS.WritableStream },
): Promise<number> {
  const stderr = io.stderr ?? process.stderr;
  try {
    // Registering slash commands reads no notes: a checkout without data/notes may still register.
    const settings = loadSettings(undefined, {}, { usesNotes: false });
    if (!settings.DISCORD_TOKEN || !settings.DISCORD_APP_ID) {
      stderr.write('prepbot register: set DISCORD_TOKEN and DISCORD_APP_ID (in .env or the environment) first.\n');
      return 1;
    }
    const guildId = options.guild ?? settings.DISCORD_GUILD_ID;
    // Loaded here, not at the top: every other prepbot command would pay ~0.3 s to load discord.js.
    const [{ registerCommands }, { inviteUrl }] = await Promise.all([
      import('../adapters/discord/command-definitions.js'),
      import('../adapters/discord/invite-url.js'),
    ]);
    const registered = await registerCommands({
      token: settings.DISCORD_TOKEN,
      appId: settings.DISCORD_APP_ID,
      ...(settings.DISCORD_API_URL ? { apiUrl: settings.DISCORD_API_URL } : {}),
      ...(guildId ? { guildId } : {}),
    });
    io.stdout.write(
      `Registered ${registered.length} commands (${registered.map((c) => `/${c.name}`).join(', ')}) ${guildId ? `on server ${guildId}` : 'globally (they can take up to an hour to appear)'}.\n`,
    );
    io.stdout.write(`Invite the bot: ${inviteUrl(settings.DISCORD_APP_ID)}\n`);
    return 0;
  } catch (error) {
    stderr.write(`${describeStartupError(error)}\n`);
    return 1;
  }
}
