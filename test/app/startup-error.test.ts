import { createServer } from 'node:net';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { describeStartupError } from '../../src/app/startup-error.js';
import { NotesFolderError } from '../../src/knowledge/notes-folder-error.js';
import { SettingsError } from '../../src/settings/load-settings.js';

/** The message a person sees when a command cannot go on: no stack unless prepbot itself is wrong. */
describe('describeStartupError', () => {
  const frame = /^\s+at /m;

  it('prints our own errors as they are', () => {
    expect(describeStartupError(new SettingsError(['PORT: expected a number']))).toMatch(
      /^prepbot: a setting is invalid, so nothing was done\n {2}- PORT: expected a number/,
    );
    expect(describeStartupError(new NotesFolderError('/x'))).toBe(
      'prepbot: notes folder /x does not exist or is not a readable folder',
    );
  });

  it('says a file-system error in one line naming the call and the path', async () => {
    const error = await readFile('/no/such/file').catch((e: unknown) => e);
    const text = describeStartupError(error);
    expect(text).toBe(
      "prepbot: could not go on: open /no/such/file failed (ENOENT): ENOENT: no such file or directory, open '/no/such/file'",
    );
    expect(text).not.toMatch(frame);
  });

  it('names the port settings when a port is taken', async () => {
    const first = createServer();
    await new Promise<void>((resolve) => first.listen(0, '127.0.0.1', resolve));
    const port = (first.address() as { port: number }).port;
    const second = createServer();
    const error = await new Promise<unknown>((resolve) => second.once('error', resolve).listen(port, '127.0.0.1'));
    await new Promise<void>((resolve) => first.close(() => resolve()));
    expect(describeStartupError(error)).toBe(
      `prepbot: port ${port} is already in use by another program (another prepbot?): stop it, or set PORT (Slack HTTP mode) or HEALTH_PORT to a free port.`,
    );
  });

  it('shows the stack only for a bug in prepbot, saying so', () => {
    const text = describeStartupError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(text).toMatch(
      /^prepbot: could not start because of a bug in prepbot \(please report it with what follows\)\nTypeError: /,
    );
    expect(text).toMatch(frame);
  });
});
