import { tokenize } from './normalize-text.js';

/**
 * The words people use for the same limit or service. Each group maps its variants onto one canonical
 * phrase. Queries have their variants *replaced* by the canonical phrase; notes get the canonical
 * phrase *added* wherever a variant appears. Both sides then meet on the canonical words, whichever
 * wording the notes or the person chose. A variant that already contains the canonical word ("memory
 * allocation") is deliberately absent: replacing it would throw away the words that tell two facts
 * about memory apart.
 */
export interface SynonymGroup {
  canonical: string;
  variants: string[];
}

export const SYNONYMS: readonly SynonymGroup[] = [
  { canonical: 'memory', variants: ['ram', 'mem'] },
  {
    canonical: 'timeout',
    variants: [
      'duration', 'max duration', 'maximum duration', 'execution time', 'max execution time',
      'maximum execution time', 'execution length', 'execution duration', 'runtime limit', 'run time',
      'max run time', 'max runtime', 'time limit', 'time out', 'how long',
    ],
  },
  {
    canonical: 'tmp storage',
    variants: [
      'tmp', 'ephemeral storage', 'ephemeral disk', 'disk', 'disk space', 'disk storage', 'scratch space',
      'local storage', 'temp storage', 'temporary storage', 'dist storage',
    ],
  },
  {
    canonical: 'environment variables',
    variants: ['env vars', 'env var', 'env variables', 'envvars', 'environment vars', 'environment variable'],
  },
  {
    canonical: 'compressed deployment package',
    variants: ['zip', 'zipped', 'zip file', 'zipped package', 'compressed package', 'compressed'],
  },
  {
    canonical: 'uncompressed deployment package',
    variants: ['unzipped', 'unzip', 'uncompressed', 'unzipped package', 'uncompressed package'],
  },
  {
    canonical: 'deployment package',
    variants: ['code size', 'package size', 'deployment size', 'function size', 'artifact size'],
  },
  {
    canonical: 'concurrent executions',
    variants: [
      'concurrency', 'concurrent', 'concurrent execution', 'concurrent invocations', 'parallel executions',
      'simultaneous executions', 'concurrency limit',
    ],
  },
  {
    canonical: 'request response payload',
    variants: [
      'payload', 'payload size', 'request payload', 'response payload', 'request size', 'response size',
      'request body', 'invocation payload', 'body size',
    ],
  },
  {
    canonical: 'streamed response',
    variants: ['streaming', 'response streaming', 'stream response', 'streamed', 'streaming response'],
  },
  {
    canonical: 'pricing',
    variants: [
      'price', 'prices', 'cost', 'costs', 'charge', 'charged', 'billing', 'billed', 'bill', 'fee', 'how much', 'pay',
      'paid', 'pays',
    ],
  },
  { canonical: 'free tier', variants: ['free', 'free usage', 'free tier'] },
  { canonical: 'port', variants: ['ports', 'listens on', 'listen port', 'udp port'] },
  { canonical: 'acu', variants: ['aurora capacity unit', 'capacity unit', 'capacity units'] },
  { canonical: 'cold start', variants: ['cold starts', 'startup time', 'init time'] },
  { canonical: 'requirements', variants: ['needs', 'need', 'prerequisites', 'requires', 'required'] },
  { canonical: 'characteristics', variants: ['traits', 'properties'] },
  { canonical: 'os', variants: ['operating system', 'operating systems'] },
  { canonical: 'database', variants: ['db', 'dbs'] },
  // Services and concepts (for /define and for the topic words of /limit).
  { canonical: 'dynamodb', variants: ['dynamo', 'ddb', 'dynamo db'] },
  { canonical: 'eventbridge', variants: ['event bridge', 'cloudwatch events', 'cloudwatch event', 'cwe'] },
  { canonical: 's3', variants: ['simple storage service', 'simple storage'] },
  { canonical: 'api gateway', variants: ['apigw', 'apigateway', 'api gw'] },
  { canonical: 'step functions', variants: ['sfn', 'stepfunctions', 'state machine', 'state machines'] },
  { canonical: 'xray', variants: ['x ray', 'x-ray'] },
  { canonical: 'kubernetes', variants: ['k8s', 'kube'] },
  { canonical: 'ecs', variants: ['elastic container service'] },
  { canonical: 'eks', variants: ['elastic kubernetes service'] },
  { canonical: 'ecr', variants: ['elastic container registry', 'container registry'] },
  { canonical: 'cloudfront', variants: ['cdn', 'cloud front'] },
  { canonical: 'faas', variants: ['function as a service', 'functions as a service'] },
  { canonical: 'sar', variants: ['serverless application repository', 'serverless app repo'] },
  { canonical: 'dax', variants: ['dynamodb accelerator'] },
  { canonical: 'ttl', variants: ['time to live'] },
  { canonical: 'cognito user pools', variants: ['cup', 'user pool', 'user pools'] },
  { canonical: 'cognito identity pools', variants: ['identity pool', 'identity pools', 'federated identities'] },
];

/**
 * Narrower words that imply a broader one ("Windows" is an operating system). Notes that use a narrower
 * word get the broader one added, so "fargate operating systems" finds "Runs Windows and Linux apps";
 * queries keep their own words (a search for "windows" stays a search for Windows).
 */
export const BROADER: readonly SynonymGroup[] = [{ canonical: 'os', variants: ['windows', 'linux'] }];

interface CompiledVariant {
  tokens: string[];
  canonical: string[];
}

// Longest variants first, so "max execution time" wins over "execution time".
const COMPILED: CompiledVariant[] = SYNONYMS.flatMap((group) => {
  const canonical = tokenize(group.canonical, true);
  return [group.canonical, ...group.variants].map((variant) => ({ tokens: tokenize(variant, true), canonical }));
})
  .filter((variant) => variant.tokens.length > 0)
  .sort((a, b) => b.tokens.length - a.tokens.length);

function byFirstToken(variants: readonly CompiledVariant[]): Map<string, CompiledVariant[]> {
  const byFirst = new Map<string, CompiledVariant[]>();
  for (const variant of variants) {
    const first = variant.tokens[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push(variant);
    byFirst.set(first, list);
  }
  return byFirst;
}

const BY_FIRST = byFirstToken(COMPILED);
const BROADER_BY_FIRST = byFirstToken(
  BROADER.flatMap((group) => group.variants.map((variant) => ({ tokens: tokenize(variant, true), canonical: tokenize(group.canonical, true) }))),
);

function matchAt(tokens: readonly string[], at: number, table: ReadonlyMap<string, CompiledVariant[]> = BY_FIRST): CompiledVariant | undefined {
  for (const variant of table.get(tokens[at] as string) ?? []) {
    if (variant.tokens.every((token, k) => tokens[at + k] === token)) return variant;
  }
  return undefined;
}

/** Query side: every variant phrase in `tokens` replaced by its canonical terms (longest match first). */
export function canonicalizeQuery(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < tokens.length; ) {
    const variant = matchAt(tokens, at);
    if (variant) {
      out.push(...variant.canonical);
      at += variant.tokens.length;
    } else {
      out.push(tokens[at] as string);
      at += 1;
    }
  }
  return out;
}

/** Notes side: the canonical terms of every variant phrase (and broader word) found in `tokens`, to add to the index. */
export function synonymTermsOf(tokens: readonly string[]): string[] {
  const out = new Set<string>();
  for (let at = 0; at < tokens.length; at += 1) {
    const variant = matchAt(tokens, at);
    if (variant) for (const term of variant.canonical) out.add(term);
    const broader = matchAt(tokens, at, BROADER_BY_FIRST);
    if (broader) for (const term of broader.canonical) out.add(term);
  }
  return [...out];
}
