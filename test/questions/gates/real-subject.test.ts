import { describe, expect, it } from 'vitest';
import { realSubject } from '../../../src/questions/gates/real-subject.js';
import { isVagueHeading } from '../../../src/questions/vague-heading.js';

describe('realSubject: the nearest real name, never a facet heading', () => {
  it.each([
    [['Config', 'Lambda'], 'Lambda'],
    [['Exam Tips', 'Important Settings', 'Kinesis Data Streams'], 'Kinesis Data Streams'],
    [['Chapter 13.2', 'Storage gateway'], 'Storage gateway'],
    [['Table limits', 'Limits', 'DynamoDB'], 'DynamoDB'],
    [['notes.md', 'S3'], 'S3'],
    [['OS Upgrades'], 'OS Upgrades'],
    [['Placement Groups'], 'Placement Groups'],
  ])('%j → %j', (candidates, expected) => {
    expect(realSubject(candidates)).toBe(expected);
  });

  it.each([
    [['Grow Volumes and Add Swap to a Server Without Downtime', 'Storage'], 'Storage'],
    [['Copy, Move and Rename Files', 'Shell'], 'Shell'],
    [['Plan Jobs Using Timers and Cron', 'Job Scheduler'], 'Job Scheduler'],
    [['Networking Exam Study Guide'], undefined],
    [['AWS Identity and Access Management'], 'AWS Identity and Access Management'],
    [['Simple Queue Service'], 'Simple Queue Service'],
    [['Required Ports', 'Control plane'], 'Control plane'],
    [['Plan and deploy replica sets', 'Cluster'], 'Cluster'],
    [['Configure shared volumes', 'Storage'], 'Storage'],
    [['Backup security best practices', 'Vault'], 'Vault'],
    [['Run and Stop the Worker'], 'Run and Stop the Worker'],
  ])('passes over a task or chapter title: %j → %j', (candidates, expected) => {
    expect(realSubject(candidates)).toBe(expected);
  });

  it('gives nothing when every heading is generic, and takes facets from the lexicon', () => {
    expect(realSubject(['Overview', 'Limits', 'Summary'])).toBeUndefined();
    expect(realSubject(['Gotchas', 'Redis'], ['Gotchas'])).toBe('Redis');
  });

  it('reads a folder facet as a facet word: "API Limits" is no subject where "API" heads every note’s section', () => {
    expect(realSubject(['API Limits', 'Limits', 'Message queue'], ['api'])).toBe('Message queue');
    expect(realSubject(['API Limits', 'Message queue'])).toBe('API Limits');
    expect(realSubject(['API Limits', 'Limits'], ['api'])).toBeUndefined();
  });

  it.each([['Why bother', true], ['A few of them', true], ['Exam Tips', true], ['1.2 Storage', true], ['Lambda configuration', false], ['Global services', false]])('isVagueHeading(%j) is %s', (heading, vague) => {
    expect(isVagueHeading(heading)).toBe(vague);
  });
});
