import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultSlackCommandNames } from '../../../src/adapters/slack/slack-commands.js';
import { slackManifestRules, type SlackManifest } from './slack-manifest-rules.js';

/** Issue 13, point 4: both shipped manifests pass Slack's manifest rules, and the HTTP one can be set up as written. */

const read = (name: string) =>
  parse(readFileSync(new URL(`../../../deploy/${name}`, import.meta.url), 'utf8')) as unknown;

describe('the shipped Slack manifests', () => {
  it.each(['slack-manifest.yaml', 'slack-manifest-http.yaml'])('%s passes the manifest rules', (name) => {
    const result = slackManifestRules.safeParse(read(name));
    expect(
      result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ).toEqual([]);
  });

  it('HTTP mode: Socket Mode off, a request URL on every command and for interactivity, all at /slack/events', () => {
    const http = slackManifestRules.parse(read('slack-manifest-http.yaml'));
    expect(http.settings?.socket_mode_enabled).toBe(false);
    expect(http.settings?.interactivity).toMatchObject({
      is_enabled: true,
      request_url: 'https://YOUR-HOST/slack/events',
    });
    const commands = http.features?.slash_commands ?? [];
    expect(commands.map((c) => c.command).sort()).toEqual(Object.values(defaultSlackCommandNames).sort());
    for (const command of commands) expect(command.url, command.command).toBe('https://YOUR-HOST/slack/events');
  });

  it('the two differ only in how requests reach the bot: same commands, descriptions, scopes and app home', () => {
    const socket = slackManifestRules.parse(read('slack-manifest.yaml'));
    const http = slackManifestRules.parse(read('slack-manifest-http.yaml'));
    const withoutUrls = (m: SlackManifest) => ({
      ...m,
      features: { ...m.features, slash_commands: m.features?.slash_commands?.map(({ url: _url, ...rest }) => rest) },
      settings: {
        ...m.settings,
        socket_mode_enabled: undefined,
        interactivity: { is_enabled: m.settings?.interactivity?.is_enabled },
      },
    });
    expect(withoutUrls(http)).toEqual(withoutUrls(socket));
    expect(socket.features?.slash_commands?.some((c) => c.url)).toBe(false);
  });

  it('the rules refuse what Slack refuses: an unknown key, a relative request URL', () => {
    const http = read('slack-manifest-http.yaml') as Record<string, any>;
    expect(
      slackManifestRules.safeParse({
        ...http,
        settings: { ...http.settings, interactivity: { is_enabled: true, request_url: '/slack/events' } },
      }).success,
    ).toBe(false);
    expect(
      slackManifestRules.safeParse({ ...http, settings: { ...http.settings, request_url: 'https://x/slack/events' } })
        .success,
    ).toBe(false);
  });
});
