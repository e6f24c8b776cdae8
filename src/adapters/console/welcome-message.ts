import type { DailyStatus } from '../../chat/daily-status.js';
import type { Message } from '../../chat/message.js';

/**
 * What the terminal chat shows first, for a person who has never seen it: what this is, where the
 * question of the day stands (the open question itself is shown right after), how to answer, how to
 * get help and how to leave, and where the logs went.
 */
export function welcomeMessage(status: DailyStatus, logFile?: string): Message {
  const lines = [
    'A question of the day from your notes, practice questions (/quiz) and a fact desk (/limit lambda timeout, /define eventbridge).',
  ];
  lines.push(dailyLine(status));
  lines.push('Answer a question by typing its letter. /help lists the commands; /quit leaves (Ctrl-C too).');
  const welcome: Message = { title: 'prepbot · terminal chat', body: lines.join('\n') };
  if (logFile) welcome.context = `Logs go to ${logFile}`;
  return welcome;
}

function dailyLine(status: DailyStatus): string {
  if (status.open && status.answered)
    return `The question of the day is open, just below; you answered ${status.answered}.`;
  if (status.open) return 'The question of the day is open, just below.';
  return noDailyQuestion(status);
}

/** Why there is no question of the day to answer, and when there will be. */
export function noDailyQuestion(status: DailyStatus): string {
  if (!status.enabled) return 'This terminal gets no daily questions.';
  if (status.paused) return 'Daily questions are paused; /prepbot resume starts them again.';
  return status.next
    ? `No question of the day is open now; the next one comes at ${status.next}.`
    : 'No question of the day is open now.';
}
