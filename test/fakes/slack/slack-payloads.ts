/**
 * Slash command and block_actions payloads shaped like the ones Slack sends (the field list checked
 * against bolt 5.1 in /work/shared/PROTOCOLS.md), for the fake's Socket Mode envelopes and HTTP requests.
 */

export interface CommandSpec {
  team?: string;
  channel?: string;
  user: string;
  userName?: string;
  command: string;
  text?: string;
}

export interface ClickSpec {
  team?: string;
  channel?: string;
  user: string;
  userName?: string;
  /** The button's action_id (prepbot_choice_<i>) and value (the core's Choice.id). */
  actionId: string;
  value: string;
  messageTs?: string;
}

export const fakeTeam = 'T0FAKE';
export const fakeChannel = 'C0QUIZ';
const fakeAppId = 'A0PREPBOT';

/** The form fields of a slash command (HTTP mode posts them form-encoded; Socket Mode as an object). */
export function slashCommandPayload(spec: CommandSpec, responseUrl: string): Record<string, string> {
  return {
    token: 'verification-token-unused',
    team_id: spec.team ?? fakeTeam,
    team_domain: 'fake-team',
    channel_id: spec.channel ?? fakeChannel,
    channel_name: 'quiz',
    user_id: spec.user,
    user_name: spec.userName ?? spec.user.toLowerCase(),
    command: spec.command,
    text: spec.text ?? '',
    api_app_id: fakeAppId,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `trigger.${Math.random().toString(36).slice(2)}`,
  };
}

/** A block_actions payload for one button click. */
export function blockActionsPayload(spec: ClickSpec, responseUrl: string): Record<string, unknown> {
  const team = spec.team ?? fakeTeam;
  const channel = spec.channel ?? fakeChannel;
  const messageTs = spec.messageTs ?? '1700000000.000100';
  return {
    type: 'block_actions',
    user: {
      id: spec.user,
      username: spec.userName ?? spec.user.toLowerCase(),
      name: spec.userName ?? spec.user.toLowerCase(),
      team_id: team,
    },
    api_app_id: fakeAppId,
    token: 'verification-token-unused',
    container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: false },
    trigger_id: `trigger.${Math.random().toString(36).slice(2)}`,
    team: { id: team, domain: 'fake-team' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: 'quiz' },
    message: { type: 'message', ts: messageTs, user: 'UBOT', bot_id: 'BBOT', text: 'question', blocks: [] },
    state: { values: {} },
    response_url: responseUrl,
    actions: [
      {
        action_id: spec.actionId,
        block_id: 'prepbot_choices',
        text: { type: 'plain_text', text: 'A', emoji: true },
        value: spec.value,
        type: 'button',
        action_ts: (Date.now() / 1000).toFixed(6),
      },
    ],
  };
}
