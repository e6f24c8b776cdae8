import type { ChatPort, PostOptions } from '../../src/chat/chat-port.js';
import type { ChannelRef, InboundHandler, Message, Platform, PostRef, UserRef } from '../../src/chat/message.js';

export interface RecordedPost {
  channel: ChannelRef;
  message: Message;
  key: string;
  messageId: string;
}

/**
 * The in-memory twin of a chat platform for tests: every post gets the next number as its message id,
 * every post and edit is recorded, `current(id)` shows a message as it looks after its edits.
 * `failPosts` makes the next posts throw (a platform refusing); `admins` are the people it calls admins.
 * A post with `mayExistSince` returns the earlier post of the same key, as the real adapters do.
 * `handle(event)` delivers an inbound event to whatever handler `start` received.
 */
export class RecordingChat implements ChatPort {
  readonly posts: RecordedPost[] = [];
  readonly updates: Array<{ ref: PostRef; message: Message }> = [];
  readonly admins = new Set<string>();
  /** Keys the core asked to look for before posting (`mayExistSince`). */
  readonly lookups: string[] = [];
  failPosts = 0;
  private handler?: InboundHandler;
  private nextId = 1;

  constructor(readonly platform: Platform = 'slack') {}

  async start(handle: InboundHandler): Promise<void> {
    this.handler = handle;
  }

  async post(channel: ChannelRef, message: Message, key: string, options: PostOptions = {}): Promise<PostRef> {
    // Like the Slack and Discord adapters, look for an earlier post of the key when told it may exist.
    if (options.mayExistSince !== undefined) {
      this.lookups.push(key);
      const earlier = this.posts.find((p) => p.key === key && p.channel.channel === channel.channel);
      if (earlier) return { channel, messageId: earlier.messageId };
    }
    if (this.failPosts > 0) {
      this.failPosts -= 1;
      throw new Error('recording chat: post refused');
    }
    const messageId = String(this.nextId++);
    this.posts.push({ channel, message, key, messageId });
    return { channel, messageId };
  }

  async update(ref: PostRef, message: Message): Promise<void> {
    if (!this.posts.some((p) => p.messageId === ref.messageId))
      throw new Error(`recording chat: no message ${ref.messageId}`);
    this.updates.push({ ref, message });
  }

  async isAdmin(user: UserRef): Promise<boolean> {
    return this.admins.has(user.user);
  }

  async stop(): Promise<void> {
    this.handler = undefined;
  }

  /** A posted message with its latest edit applied. */
  current(messageId: string): Message | undefined {
    const edits = this.updates.filter((u) => u.ref.messageId === messageId);
    return edits[edits.length - 1]?.message ?? this.posts.find((p) => p.messageId === messageId)?.message;
  }

  /** Posts whose key is a round id (questions), in order. */
  questions(): RecordedPost[] {
    return this.posts.filter((p) => !p.key.endsWith('-reveal'));
  }

  /** Posts that reveal an answer, in order. */
  reveals(): RecordedPost[] {
    return this.posts.filter((p) => p.key.endsWith('-reveal'));
  }
}
