import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import { bestOf, textOf } from './sample-items.js';

// Notes in the seeds' shapes, through the real parser: statements without a number reach /define.
const NOTES = [
  '# Fargate',
  '',
  '- Serverless compute engine for Docker containers',
  '- Requires the use of ECS or EKS',
  '- Supports Windows and Linux apps',
  '- Fargate vs Lambda',
  '  - Choose Fargate for more consistent workloads',
  '  - Choose Lambda for unpredictable workloads',
  '',
  '## CloudFront Functions vs. Lambda@Edge',
  '',
  '| Feature | CloudFront Functions | Lambda@Edge |',
  '|---------|----------------------|-------------|',
  '| Latency | Low                  | Higher      |',
  '',
  '# Serverless Application Repository',
  '',
  '- Find, deploy and publish serverless applications',
  '- Two options',
  '  - Publish',
  '    - private by default',
  '    - explicit share',
  '  - Deploy',
  '    - public applications need no AWS account to browse',
  '',
  '# Lambda',
  '',
  '- Timeout: 15 minutes',
  '- Built-in monitoring and logging (CloudWatch)',
  '',
  '## Lambda in VPC',
  '',
  'Deploy Lambda functions in a VPC to access RDS or other private resources.',
  '',
].join('\n');

const desk = buildFactDesk(parseNote('notes.md', NOTES).items);

describe('/define over statements without a number', () => {
  it.each([
    ['fargate vs lambda', 'consistent workloads'],
    ['serverless application repository publish', 'private by default'],
    ['serverless application repository deploy', 'no AWS account'],
    ['fargate requirements', 'ECS or EKS'],
    ['fargate operating systems', 'Windows and Linux'],
    ['lambda monitoring', 'CloudWatch'],
    ['lambda in vpc', 'RDS'],
  ])('/define %s says %s', (query, expected) => {
    expect(bestOf(desk.define(query))).toContain(expected);
  });

  it('puts the notes about a topic before a table that only mentions one of its words', () => {
    expect(bestOf(desk.define('fargate vs lambda'))).not.toContain('Latency');
  });

  it('answers a question about a list from its parts, the ones as good as the best one following it', () => {
    const reply = textOf(desk.define('fargate vs lambda'));
    expect(reply).toContain('consistent workloads');
    expect(reply).toContain('unpredictable workloads');
  });

  it('keeps /limit to facts that carry a number', () => {
    expect(desk.limit('fargate vs lambda').body).toMatch(/^The notes don't say/u);
    expect(bestOf(desk.limit('lambda timeout'))).toContain('15 minutes');
  });
});
