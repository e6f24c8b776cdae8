import type { Readable, Writable } from 'node:stream';
import type { ChatPort } from '../../chat/chat-port.js';
import type { DailyStatus } from '../../chat/daily-status.js';
import type {
  ChannelRef,
  Choice,
  FlagControl,
  InboundHandler,
  Message,
  PostRef,
  Reply,
  UserRef,
} from '../../chat/message.js';
import { parseTerminalLine } from './parse-terminal-line.js';
import { TerminalScreen } from './terminal-screen.js';
import { plainStyle, styleFor, type TerminalStyle } from './terminal-style.js';
import { toPlainText } from './to-plain-text.js';
import { noDailyQuestion, welcomeMessage } from './welcome-message.js';

export interface ConsoleAdapterOptions {
  input: Readable;
  output: Writable;
  /** The person at the terminal. */
  user?: { id: string; name: string };
  /** Called once standard input has ended (or /quit, Ctrl-C) and every line has been answered. */
  onEnd?: () => void;
  /**
   * A person at a terminal: welcome, prompt, line editing and history, replies that name the question
   * they answered. Default: both streams are terminals. Off, the output is what scripts have always
   * read: only the bot's messages, each followed by a blank line.
   */
  interactive?: boolean;
  /** Colour and emphasis; default: when the output is a terminal with colours. */
  style?: TerminalStyle;
  /** Where the logs go, named in the welcome. */
  logFile?: string;
}

/** What the terminal asks the core beyond the chat port: the question of the day, which it cannot scroll back to. */
export interface ConsoleCore {
  daily(): DailyStatus;
}

/** The terminal's one workspace and channel. */
export const consoleChannel: ChannelRef = { platform: 'console', workspace: 'local', channel: 'terminal' };

type Shown = { kind: 'daily' | 'practice' | 'flag'; choices: Choice[]; answered: boolean };

const names = { daily: 'Question of the day', practice: 'Practice question', flag: 'Flag' } as const;

/**
 * A terminal chat: the person is one user in one channel. Lines starting with `/` are commands; a
 * single letter answers the question shown last (the daily one, or a practice one from /quiz), and
 * `/daily B` answers the question of the day whatever was shown since. Lines are handled in order;
 * when the input ends, `onEnd` is called after the last reply is printed. Posts (the question of the
 * day, reveals) are questions of the day; replies with choices are practice questions.
 */
export class ConsoleAdapter implements ChatPort {
  readonly platform = 'console' as const;
  readonly user: UserRef;
  private readonly interactive: boolean;
  private readonly style: TerminalStyle;
  private nextMessageId = 1;
  private shown: Shown | undefined;
  /** The flag control of the message shown last that had one: what `/flag` flags. */
  private flaggable: FlagControl | undefined;
  private screen: TerminalScreen | undefined;
  /** Posts made before `start` in interactive mode, shown after the welcome. */
  private early: Message[] = [];
  private core: ConsoleCore | undefined;
  private stopped = false;

  constructor(private readonly options: ConsoleAdapterOptions) {
    const user = options.user ?? { id: 'you', name: 'you' };
    this.user = { ...consoleChannel, user: user.id, name: user.name };
    const tty = (stream: Readable | Writable) => (stream as { isTTY?: boolean }).isTTY === true;
    this.interactive = options.interactive ?? (tty(options.input) && tty(options.output));
    this.style = options.style ?? (this.interactive ? styleFor(options.output) : plainStyle);
  }

  /** Starts reading lines; with `core`, /daily works and the welcome shows the open question. */
  async start(handle: InboundHandler, core?: ConsoleCore): Promise<void> {
    this.core = core;
    const screen = new TerminalScreen({
      input: this.options.input,
      output: this.options.output,
      editing: this.interactive,
      prompt: this.style.prompt('> '),
      onInterrupt: () => this.leave(),
    });
    this.screen = screen;
    if (this.interactive) this.welcome();
    const run = async () => {
      screen.prompt();
      for await (const line of screen.read()) {
        if (this.stopped) break;
        await this.handleLine(line, handle);
        if (!this.stopped) screen.prompt();
      }
      if (this.interactive) this.write('Bye.');
      this.options.onEnd?.();
    };
    void run();
  }

  async post(_channel: ChannelRef, message: Message): Promise<PostRef> {
    if (this.interactive && !this.screen) this.early.push(message);
    else this.show(message, 'daily');
    return { channel: consoleChannel, messageId: String(this.nextMessageId++) };
  }

  /** The terminal keeps no message to edit: answer counts are not reprinted, the reveal is posted anew. */
  async update(): Promise<void> {}

  /** The person at the terminal runs the bot, so they administer it. */
  async isAdmin(): Promise<boolean> {
    return true;
  }

  async stop(): Promise<void> {
    this.leave();
  }

  private leave(): void {
    this.stopped = true;
    this.screen?.close();
  }

  private welcome(): void {
    const status = this.core?.daily();
    this.write(
      toPlainText(welcomeMessage(status ?? { enabled: true, paused: false }, this.options.logFile), this.style),
    );
    for (const message of this.early) if (!message.choices?.length || !status?.open) this.show(message, 'daily');
    this.early = [];
    if (status?.open) this.show(status.open, 'daily');
  }

  private async handleLine(typed: string, handle: InboundHandler): Promise<void> {
    const line = parseTerminalLine(typed);
    switch (line.kind) {
      case 'empty':
        return;
      case 'quit':
        return this.leave();
      case 'chatter':
        return this.write('Type a command such as /help, or the letter of a choice.');
      case 'daily-usage':
        return this.write('Type /daily to see the question of the day again, or /daily B to answer it with B.');
      case 'command':
        return this.print(
          await handle({
            type: 'command',
            command: line.command,
            text: line.text,
            user: this.user,
            channel: consoleChannel,
          }),
        );
      case 'daily':
        return line.letter ? this.answerDaily(line.letter, handle) : this.showDaily();
      case 'flag':
        if (!this.flaggable)
          return this.write(
            'There is nothing to flag yet: /flag works right after a revealed question or a practice answer.',
          );
        return this.print(
          await handle({
            type: 'flag',
            flagId: this.flaggable.id,
            reason: line.reason,
            user: this.user,
            channel: consoleChannel,
          }),
          undefined,
          'flag',
        );
      case 'letter':
        return this.answerShown(line.letter, handle);
    }
  }

  /** A letter answers the question shown last; before any is shown (a restart), the open daily one. */
  private async answerShown(letter: string, handle: InboundHandler): Promise<void> {
    let target = this.shown;
    const open = target ? undefined : this.core?.daily().open;
    if (!target && open?.choices?.length) target = { kind: 'daily', choices: open.choices, answered: false };
    if (!target) return this.write('There is no open question to answer. Try /quiz.');
    const choice = target.choices.find((c) => c.label.toUpperCase() === letter);
    if (!choice) return this.write(`There is no choice ${letter}.`);
    const again = target.answered;
    target.answered = true;
    this.print(
      await handle({ type: 'choice', choiceId: choice.id, user: this.user, channel: consoleChannel }),
      target.kind,
    );
    if (this.interactive && again && target.kind === 'practice') {
      const status = this.core?.daily();
      if (status?.open && !status.answered)
        this.write(
          this.style.dim('The question of the day is still open: /daily shows it again, /daily B answers it.'),
        );
    }
  }

  private async answerDaily(letter: string, handle: InboundHandler): Promise<void> {
    const status = this.core?.daily();
    if (!status?.open?.choices?.length)
      return this.write(status ? noDailyQuestion(status) : 'There is no question of the day here.');
    const choice = status.open.choices.find((c) => c.label.toUpperCase() === letter);
    if (!choice) return this.write(`The question of the day has no choice ${letter}.`);
    this.print(
      await handle({ type: 'choice', choiceId: choice.id, user: this.user, channel: consoleChannel }),
      'daily',
    );
  }

  private showDaily(): void {
    const status = this.core?.daily();
    if (!status?.open) return this.write(status ? noDailyQuestion(status) : 'There is no question of the day here.');
    this.show(status.open, 'daily');
    if (status.answered) this.write(this.style.dim(`You answered ${status.answered}; only your first answer counts.`));
  }

  /** Shows replies; after an answer (interactive), the first names the question it answered. */
  private print(replies: Reply[], answered?: Shown['kind'], kind: Shown['kind'] = 'practice'): void {
    replies.forEach((reply, i) => {
      let message = reply.message;
      if (answered && i === 0 && this.interactive)
        message = { ...message, title: message.title ? `${names[answered]} · ${message.title}` : names[answered] };
      this.show(message, kind);
    });
  }

  private show(message: Message, kind: Shown['kind']): void {
    if (message.choices?.length) this.shown = { kind, choices: message.choices, answered: false };
    if (message.flag) this.flaggable = message.flag;
    this.write(toPlainText(message, this.style));
  }

  private write(text: string): void {
    if (this.screen) this.screen.write(text);
    else this.options.output.write(`${text}\n\n`);
  }
}
