import type { CommandDefinition } from './command-definition.js';
import type { Reply } from './message.js';
import { parseAdmin } from './parse-admin.js';
import { parseLeaderboard } from './parse-leaderboard.js';
import { runAdmin } from './run-admin.js';
import { helpMessage } from './help-message.js';

/** Checks an entry's `run` against what its `parse` returns (the type is inferred from `parse`). */
function defineCommand<Name extends string, Parsed>(definition: CommandDefinition<Name, Parsed>) {
  return definition;
}

const questionId = {
  type: 'string',
  name: 'id',
  description: 'Question id, e.g. q-1a2b3c4d',
  required: true,
  maxLength: 100,
} as const;

/**
 * Every chat command, once. The usage lines, the parser, the router, the Slack command list and its
 * SLACK_COMMANDS setting, and the Discord registration all derive from this list; the Slack manifests
 * in deploy/ are checked against it by a test. The order is the order /help, the SLACK_COMMANDS setting and the Discord registration list them.
 */
export const commandTable = [
  defineCommand({
    name: 'quiz',
    usage: '/quiz [topic] — a practice question just for you (spaced repetition)',
    parse: (text) => (text ? { name: 'quiz' as const, topic: text } : { name: 'quiz' as const }),
    run: ({ quiz }, { user, channel }, command) => quiz.practice(user, channel, command.topic),
    slack: {
      command: '/quiz',
      description: 'A practice question for you alone (spaced repetition)',
      usageHint: '[topic]',
      escape: false,
    },
    discord: {
      description: 'Practise: a question picked for you, answered privately',
      options: [
        {
          type: 'string',
          name: 'topic',
          description: 'Only questions on this topic',
          autocomplete: true,
          maxLength: 100,
        },
      ],
    },
  }),
  defineCommand({
    name: 'limit',
    usage: '/limit <words> — look up a number from the notes, e.g. /limit lambda timeout',
    parse: (text, fail) => {
      if (!text) throw fail(`What should I look up?`);
      return { name: 'limit' as const, query: text };
    },
    run: ({ factDesk }, _event, command) => [{ visibility: 'private', message: factDesk.limit(command.query) }],
    slack: {
      command: '/limit',
      description: 'Look up a limit, quota, size or port from the notes',
      usageHint: '<words, e.g. s3 object size>',
      escape: false,
    },
    discord: {
      description: 'Look up a number from the notes: a limit, quota, size, price or port',
      options: [
        {
          type: 'string',
          name: 'words',
          description: 'What to look up, e.g. "queue message size"',
          required: true,
          autocomplete: true,
          maxLength: 200,
        },
      ],
    },
  }),
  defineCommand({
    name: 'define',
    usage: '/define <term> — what the notes say a service or concept is',
    parse: (text, fail) => {
      if (!text) throw fail(`What should I look up?`);
      return { name: 'define' as const, query: text };
    },
    run: ({ factDesk }, _event, command) => [{ visibility: 'private', message: factDesk.define(command.query) }],
    slack: {
      command: '/define',
      description: 'What the notes say a service or term is',
      usageHint: '<term>',
      escape: false,
    },
    discord: {
      description: 'What the notes say a service or concept is',
      options: [
        {
          type: 'string',
          name: 'term',
          description: 'The service or concept',
          required: true,
          autocomplete: true,
          maxLength: 200,
        },
      ],
    },
  }),
  defineCommand({
    name: 'score',
    usage: '/score [person] — points, rank, accuracy, streaks, practice and weakest topics',
    parse: (text) => (text ? { name: 'score' as const, target: text } : { name: 'score' as const }),
    run: ({ quiz }, { user, channel }, command) => quiz.score(user, channel, command.target),
    // should_escape: a picked person arrives as <@U123|name>, which the adapter turns into the user id.
    slack: {
      command: '/score',
      description: 'Your points, rank, streak and weakest topics',
      usageHint: '[@someone]',
      escape: true,
    },
    discord: {
      description: 'Points, rank, accuracy, streaks, practice and weakest topics',
      options: [{ type: 'user', name: 'user', description: 'Someone else (default: you)' }],
    },
  }),
  defineCommand({
    name: 'leaderboard',
    usage:
      '/leaderboard [week|month|all] [season N] — the top ten (default: the whole season; an earlier season by its number)',
    parse: parseLeaderboard,
    run: ({ quiz }, { user, channel }, command) => quiz.leaderboard(user, channel, command.period, command.season),
    slack: {
      command: '/leaderboard',
      description: 'Top 10 of this workspace',
      usageHint: '[week|month|all] [season N]',
      escape: false,
    },
    discord: {
      description: 'The top ten of this server',
      options: [
        {
          type: 'string',
          name: 'period',
          description: 'Which period (default: the whole season)',
          choices: [
            { name: 'This week', value: 'week' },
            { name: 'This month', value: 'month' },
            { name: 'This season', value: 'all' },
          ],
        },
        { type: 'integer', name: 'season', description: 'An earlier season, by its number', minValue: 1 },
      ],
    },
  }),
  defineCommand({
    name: 'help',
    usage: '/help — this list',
    parse: () => ({ name: 'help' as const }),
    run: (_services, { channel }): Reply[] => [
      { visibility: 'private', message: helpMessage(channel.platform, commandTable) },
    ],
    // Slack reserves /help.
    slack: { command: '/prepbot-help', description: 'What prepbot can do and how to use it', escape: false },
    discord: { description: 'What prepbot can do' },
  }),
  defineCommand({
    name: 'prepbot',
    // Kept short: it follows every refusal of a /prepbot command (season reset then asks for its confirm itself).
    usage: '/prepbot here | schedule <cron> [tz] | pause | resume | next | season reset | flags | retire|restore <id>',
    adminOnly: true,
    parse: parseAdmin,
    run: runAdmin,
    slack: {
      command: '/prepbot',
      description: 'Set up the daily question (admins) or get help',
      usageHint:
        'here | schedule <cron> [timezone] | pause | resume | next | season reset | flags | retire <id> | restore <id>',
      escape: false,
    },
    discord: {
      description: 'Set up the daily question (Manage Server only)',
      subcommands: [
        { name: 'here', description: 'Post the daily question in this channel' },
        {
          name: 'schedule',
          description: 'When the daily question is posted',
          options: [
            {
              type: 'string',
              name: 'cron',
              description: 'Cron expression, e.g. 0 9 * * 1-5',
              required: true,
              maxLength: 100,
            },
            { type: 'string', name: 'timezone', description: 'IANA time zone, e.g. Europe/Berlin', maxLength: 100 },
          ],
        },
        { name: 'pause', description: 'Stop posting in this channel' },
        { name: 'resume', description: 'Start posting again' },
        { name: 'next', description: 'Post the next question now' },
        {
          name: 'season-reset',
          description: 'Start a new season: scores back to zero (asks first; then run it again with confirm)',
          options: [
            {
              type: 'string',
              name: 'confirm',
              description: 'Confirm the reset you asked for in the last minute',
              choices: [{ name: 'Yes, start a new season', value: 'confirm' }],
            },
          ],
        },
        { name: 'flags', description: 'Flagged and retired questions, with counts, reasons and statistics' },
        { name: 'retire', description: 'Never ask this question here again', options: [questionId] },
        { name: 'restore', description: 'Ask a retired question here again', options: [questionId] },
      ],
    },
  }),
];

export type CommandName = (typeof commandTable)[number]['name'];

/** The command called `name` (already lower case, without the slash), if there is one. */
export function findCommand(name: string): (typeof commandTable)[number] | undefined {
  return commandTable.find((command) => command.name === name);
}

/** A command understood, with its arguments: what one of the table's `parse` returned. */
export type ParsedCommand = ReturnType<(typeof commandTable)[number]['parse']>;
