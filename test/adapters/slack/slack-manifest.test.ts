import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultSlackCommandNames } from '../../../src/adapters/slack/slack-commands.js';

const manifest = parse(readFileSync(new URL('../../../deploy/slack-manifest.yaml', import.meta.url), 'utf8')) as {
  features: { slash_commands: Array<{ command: string; description: string }> };
  oauth_config: { scopes: { bot: string[] } };
  settings: { interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
};

describe('deploy/slack-manifest.yaml', () => {
  it('declares exactly the slash commands the adapter listens to', () => {
    const declared = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(declared).toEqual(Object.values(defaultSlackCommandNames).sort());
    for (const command of manifest.features.slash_commands) expect(command.description.length).toBeLessThanOrEqual(100);
  });

  it('turns on Socket Mode and interactivity (buttons) and asks for only the scopes the adapter uses', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'channels:history',
      'channels:join',
      'channels:read',
      'chat:write',
      'commands',
      'groups:history',
      'groups:read',
      'users:read',
    ]);
  });
});
