import type { Message } from './message.js';

/**
 * Where a channel's question of the day stands, for a chat that cannot scroll back to it (the
 * terminal after a restart): the open question as it looks now, or when the next one comes.
 */
export interface DailyStatus {
  /** The open question with its choices, rendered as posted (current answer count). */
  open?: Message;
  /** The letter the person asking has already answered on the open question. */
  answered?: string;
  /** When the next question comes, as people read it in the channel's timezone and how far off ("09:00 UTC (in 25 minutes)", "Mon 09:00 UTC (in 3 days)"). */
  next?: string;
  /** False when the channel gets no daily questions at all (never set up). */
  enabled: boolean;
  paused: boolean;
}
