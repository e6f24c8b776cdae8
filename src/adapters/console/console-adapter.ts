import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChatPort } from '../../chat/chat-port.js';
import type { ChannelRef, Choice, Inbound, InboundHandler, Message, PostRef, Reply, UserRef } from '../../chat/message.js';
import { toPlainText } from './to-plain-text.js';

export interface ConsoleAdapterOptions {
  input: Readable;
  output: Writable;
  /** The person at the terminal. */
  user?: { id: string; name: string };
  /** Called once standard input has ended and every line has been answered. */
  onEnd?: () => void;
}

/** The terminal's one workspace and channel. */
export const consoleChannel: ChannelRef = { platform: 'console', workspace: 'local', channel: 'terminal' };

/**
 * A terminal chat: the person is one user in one channel. Lines starting with `/` are commands; a
 * single letter answers the latest question shown. Input is read line by line (piped or typed) and
 * handled in order; when it ends, `onEnd` is called after the last reply is printed.
 */
export class ConsoleAdapter implements ChatPort {
  readonly platform = 'console' as const;
  readonly user: UserRef;
  private nextMessageId = 1;
  private latestChoices: Choice[] = [];
  private stopped = false;
  private closeInput?: () => void;

  constructor(private readonly options: ConsoleAdapterOptions) {
    const user = options.user ?? { id: 'you', name: 'you' };
    this.user = { ...consoleChannel, user: user.id, name: user.name };
  }

  async start(handle: InboundHandler): Promise<void> {
    const lines = createInterface({ input: this.options.input, crlfDelay: Infinity, terminal: false });
    this.closeInput = () => lines.close();
    const run = async () => {
      for await (const line of lines) {
        if (this.stopped) break;
        const event = this.toInbound(line.trim());
        if (!event) continue;
        this.print(await handle(event));
      }
      this.options.onEnd?.();
    };
    void run();
  }

  async post(_channel: ChannelRef, message: Message): Promise<PostRef> {
    this.show(message);
    return { channel: consoleChannel, messageId: String(this.nextMessageId++) };
  }

  /** The terminal keeps no message to edit: answer counts are not reprinted, the reveal is posted anew. */
  async update(): Promise<void> {}

  /** The person at the terminal runs the bot, so they administer it. */
  async isAdmin(): Promise<boolean> {
    return true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.closeInput?.();
  }

  private toInbound(line: string): Inbound | undefined {
    if (line === '') return undefined;
    const letter = /^[a-z]$/i.test(line) ? line.toUpperCase() : undefined;
    if (letter) {
      const choice = this.latestChoices.find((c) => c.label.toUpperCase() === letter);
      if (choice) return { type: 'choice', choiceId: choice.id, user: this.user, channel: consoleChannel };
      this.write(this.latestChoices.length ? `There is no choice ${letter}.` : 'There is no open question to answer. Try /quiz.');
      return undefined;
    }
    const command = /^\/(\S+)\s*([\s\S]*)$/.exec(line);
    if (command) return { type: 'command', command: command[1]!.toLowerCase(), text: command[2] ?? '', user: this.user, channel: consoleChannel };
    this.write('Type a command such as /help, or the letter of a choice.');
    return undefined;
  }

  private print(replies: Reply[]): void {
    for (const reply of replies) this.show(reply.message);
  }

  private show(message: Message): void {
    if (message.choices?.length) this.latestChoices = message.choices;
    this.write(toPlainText(message));
  }

  private write(text: string): void {
    this.options.output.write(`${text}\n\n`);
  }
}
