import { pino, type Logger } from 'pino';

export type { Logger };

const redacted = [
  'token',
  '*.token',
  'botToken',
  'appToken',
  'signingSecret',
  'authorization',
  '*.authorization',
  'headers.authorization',
];

/**
 * The process logger: JSON lines on standard error (standard output belongs to the console chat and
 * to `prepbot ask`), readable when standard error is a terminal; or JSON lines appended to `file`
 * (the terminal chat, so logs never interleave with it; its folder is made if missing). Every secret
 * passed in is replaced by `[redacted]` in the final line, whatever field or message it hides in.
 */
export function createLogger(options: {
  level: string;
  secrets: Array<string | undefined>;
  pretty?: boolean;
  file?: string;
}): Logger {
  const secrets = options.secrets.filter(
    (secret): secret is string => typeof secret === 'string' && secret.length >= 6,
  );
  const scrub = (line: string) => secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), line);
  if (options.file) {
    return pino(
      { level: options.level, redact: { paths: redacted, censor: '[redacted]' }, hooks: { streamWrite: scrub } },
      pino.destination({ dest: options.file, sync: true, mkdir: true, append: true }),
    );
  }
  const pretty = options.pretty ?? process.stderr.isTTY === true;
  return pino(
    {
      level: options.level,
      base: undefined,
      redact: { paths: redacted, censor: '[redacted]' },
      hooks: { streamWrite: scrub },
      transport: pretty ? { target: 'pino-pretty', options: { destination: 2, colorize: true } } : undefined,
    },
    pretty ? undefined : pino.destination({ fd: 2, sync: true }),
  );
}
