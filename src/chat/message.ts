/**
 * The core's own message types. Adapters translate platform payloads into `Inbound` events and render
 * `Message`s as Block Kit, embeds or terminal text. No platform object ever crosses this line.
 */

export type Platform = 'slack' | 'discord' | 'console';

/** A channel, keyed by platform + workspace (Slack team / Discord guild) + channel id. */
export interface ChannelRef {
  platform: Platform;
  workspace: string;
  channel: string;
}

/** A person, keyed by platform + workspace + user id; `name` is the display name the platform gave. */
export interface UserRef {
  platform: Platform;
  workspace: string;
  user: string;
  name: string;
}

/** A message the bot posted, so it can be edited later. */
export interface PostRef {
  channel: ChannelRef;
  /** Slack `ts`, Discord message id, console sequence number. */
  messageId: string;
}

/** A button. `id` is opaque to adapters: they hand it back unchanged in a `choice` event. */
export interface Choice {
  id: string;
  /** Short label for the button ("A"). */
  label: string;
  /** The full choice text, shown in the message body by adapters whose buttons are too small for it. */
  text: string;
}

/**
 * A platform-neutral message. All strings are plain text (no markdown, no mrkdwn): adapters escape
 * them for their platform, so nothing from a note or a person can ping or forge a link.
 */
export interface Message {
  /** Shown first and emphasised (a header, an embed title). */
  title?: string;
  /** The main text; paragraphs separated by blank lines. */
  body: string;
  /** Short labelled values ("Source", "Answers so far"). */
  fields?: Array<{ label: string; value: string }>;
  /** Buttons, one per choice, in order. */
  choices?: Choice[];
  /** Small print below everything (close time, answer count). */
  context?: string;
  /** The "Flag this question" control (a button; `/flag [reason]` in the terminal), below everything. */
  flag?: FlagControl;
}

/**
 * A control that lets a person report the question a message shows. `id` is opaque to adapters: they
 * hand it back unchanged in a `flag` event.
 */
export interface FlagControl {
  id: string;
  /** The button's label ("Flag this question"). */
  label: string;
}

/** What a handler answers: to the person alone, or to everyone in the channel. */
export interface Reply {
  visibility: 'private' | 'channel';
  message: Message;
}

/** A slash command: `command` without the slash and lower-cased ("limit"), `text` as typed after it. */
export interface CommandEvent {
  type: 'command';
  command: string;
  text: string;
  user: UserRef;
  channel: ChannelRef;
}

/** A button click (or, in the terminal, a typed letter) on a message the bot posted. */
export interface ChoiceEvent {
  type: 'choice';
  /** The `Choice.id` of the button. */
  choiceId: string;
  user: UserRef;
  channel: ChannelRef;
}

/**
 * A click on a message's flag control (or, in the terminal, `/flag [reason]` typed right after it).
 * `reason` is what the person typed, when the platform lets them type one; the core asks otherwise.
 */
export interface FlagEvent {
  type: 'flag';
  /** The `FlagControl.id` of the control. */
  flagId: string;
  reason?: string;
  user: UserRef;
  channel: ChannelRef;
}

export type Inbound = CommandEvent | ChoiceEvent | FlagEvent;

/** The core's entry point for every inbound event; resolves with the replies to deliver. */
export type InboundHandler = (event: Inbound) => Promise<Reply[]>;
