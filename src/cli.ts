import { Command, Option } from 'commander';
import { runAsk } from './app/ask-command.js';
import { packageVersion } from './app/package-version.js';
import { unknownSubcommand } from './app/unknown-subcommand.js';
import { runRegister } from './app/register-command.js';
import { runReview } from './app/review-command.js';
import { startFromCli } from './main.js';
import { generateFromCli } from './app/generate-command.js';

/** The `prepbot` command. Each subcommand is a thin wrapper over a function tests call directly. */
const program = new Command()
  .name('prepbot')
  .description('Exam-prep bot for team chat: daily questions and fact lookups from your own study notes.')
  .version(`prepbot ${packageVersion()}`, '-v, --version', 'print the version')
  .showHelpAfterError();

program
  .command('start', { isDefault: true })
  .description('run the bot: Slack and/or Discord when their tokens are set, else a chat in this terminal')
  .option('--notes <dir>', 'notes folder (setting NOTES_DIR, default data/notes)')
  .option('--questions <dir>', 'question bank folder (setting QUESTIONS_DIR, default questions)')
  .option('--store <file>', 'JSON store file (setting STORE_PATH, default data/prepbot.json)')
  .action(async (options: { notes?: string; questions?: string; store?: string }) => {
    process.exitCode = await startFromCli({
      NOTES_DIR: options.notes,
      QUESTIONS_DIR: options.questions,
      STORE_PATH: options.store,
    });
  });

program
  .command('generate')
  .description('generate the question bank from the notes (deterministic: same notes, same files)')
  .option('--notes <dir>', 'notes folder (default: NOTES_DIR or data/notes)')
  .option(
    '--out <dir>',
    'output folder for the generated files (default: QUESTIONS_DIR/generated, i.e. questions/generated)',
  )
  .option('--json', 'print the summary as JSON')
  .option('--max-per-fact <n>', 'at most n questions from one fact, list or table row (default: no cap)', (value) =>
    Number.parseInt(value, 10),
  )
  .option(
    '--kinds <list>',
    'comma-separated kinds of question to emit (default: quantity,term-to-definition,definition-to-term,comparison,notes-question; also membership, usecase)',
    (value) => value.split(',').map((kind) => kind.trim()),
  )
  .action(async (options: { notes?: string; out?: string; json?: boolean; maxPerFact?: number; kinds?: string[] }) => {
    process.exitCode = await generateFromCli(
      {
        notes: options.notes,
        out: options.out,
        json: options.json === true,
        maxPerFact: options.maxPerFact,
        kinds: options.kinds,
      },
      { stdout: process.stdout, stderr: process.stderr },
    );
  });

program
  .command('ask')
  .description(
    'print what the bot would reply to a chat command, e.g. prepbot ask "/limit lambda timeout"; with no command, one per line from standard input',
  )
  .argument('[command]', 'a chat command such as "/define eventbridge"')
  .option('--notes <dir>', 'notes folder (default: NOTES_DIR or data/notes)')
  .option('--json', 'print one JSON object per line: {"command", "text"}')
  .action(async (command: string | undefined, options: { notes?: string; json?: boolean }) => {
    process.exitCode = await runAsk(
      { command, ...(options.notes ? { notes: options.notes } : {}), json: options.json === true },
      { stdin: process.stdin, stdout: process.stdout },
    );
  });

program
  .command('review')
  .description(
    'walk the question bank one question at a time: keep, retire (with a reason), edit in $EDITOR, skip, quit',
  )
  .option('--questions <dir>', 'question bank folder (default: QUESTIONS_DIR or questions)')
  .addOption(
    new Option(
      '--only <which>',
      'which questions: new (not reviewed yet), flagged (flagged, retired somewhere or marked by the answers) or all',
    )
      .choices(['new', 'flagged', 'all'])
      .default('new'),
  )
  .action(async (options: { questions?: string; only?: string }) => {
    process.exitCode = await runReview(
      { questions: options.questions, only: options.only },
      { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
    );
  });

program
  .command('register')
  .description('register the Discord slash commands (one server with --guild, else globally) and print the invite URL')
  .addOption(new Option('--guild <id>', 'register on this server only (instant)').env('DISCORD_GUILD_ID'))
  .action(async (options: { guild?: string }) => {
    process.exitCode = await runRegister({ guild: options.guild }, { stdout: process.stdout });
  });

// `start` is the default subcommand, so commander would take an unknown word for an argument of it.
const unknown = unknownSubcommand(
  process.argv.slice(2),
  program.commands.map((c) => c.name()),
);
if (unknown) program.error(unknown);
await program.parseAsync(process.argv);
