import type { ChannelRef, UserRef } from '../chat/message.js';

/**
 * Store keys for people, channels and workspaces: platform + workspace + id joined by `:`, so a score
 * from one Slack team can never be counted in another ("slack:T1:U1", "slack:T1:C1", "slack:T1").
 */
export function userKey(user: Pick<UserRef, 'platform' | 'workspace' | 'user'>): string {
  return `${user.platform}:${user.workspace}:${user.user}`;
}

/** "slack:T1:C1". */
export function channelKey(channel: ChannelRef): string {
  return `${channel.platform}:${channel.workspace}:${channel.channel}`;
}

/** "slack:T1": the scope of seasons, scores and leaderboards. */
export function workspaceKey(ref: Pick<ChannelRef, 'platform' | 'workspace'>): string {
  return `${ref.platform}:${ref.workspace}`;
}

/** The workspace part of a user or channel key ("slack:T1:U1" → "slack:T1"). */
export function workspaceOfKey(key: string): string {
  return key.slice(0, key.lastIndexOf(':'));
}

/** The platform's own id at the end of a key ("slack:T1:U1" → "U1"). */
export function idOfKey(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

/** Scores of one season of one workspace live under this key ("slack:T1#2"). */
export function seasonKey(workspace: string, season: number): string {
  return `${workspace}#${season}`;
}
