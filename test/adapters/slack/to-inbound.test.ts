import { describe, expect, it } from 'vitest';
import { toChoiceEvent, toCommandEvent, toCoreText } from '../../../src/adapters/slack/to-inbound.js';

describe('toCoreText', () => {
  it.each([
    ['  s3 object size  ', 's3 object size'],
    ['<@U0123ABC|ada>', 'U0123ABC'],
    ['<@W0ENT>', 'W0ENT'],
    ['schedule 0 9 * * 1-5 Europe/Berlin', 'schedule 0 9 * * 1-5 Europe/Berlin'],
    ['see <#C0QUIZ|quiz>', 'see #quiz'],
    ['<https://docs.example/x|docs>', 'https://docs.example/x'],
    ['a &lt;b&gt; &amp; c', 'a <b> & c'],
    ['<!channel> hi', '<!channel> hi'],
  ])('%j → %j', (input, expected) => {
    expect(toCoreText(input)).toBe(expected);
  });
});

describe('payload → core events', () => {
  it('keys users and channels by platform, team and id', () => {
    const event = toCommandEvent(
      { team_id: 'T1', channel_id: 'C1', user_id: 'U1', command: '/score', text: '<@U2|bo>' },
      'score',
      'Ada',
    );
    expect(event).toEqual({
      type: 'command',
      command: 'score',
      text: 'U2',
      user: { platform: 'slack', workspace: 'T1', user: 'U1', name: 'Ada' },
      channel: { platform: 'slack', workspace: 'T1', channel: 'C1' },
    });
  });

  it('takes the team from the user when the click has no team (enterprise grid), the channel from the container', () => {
    const event = toChoiceEvent(
      { user: { id: 'U1', team_id: 'T9' }, team: null, container: { channel_id: 'C7' } },
      'r:x:1',
      'Ada',
    );
    expect(event).toEqual({
      type: 'choice',
      choiceId: 'r:x:1',
      user: { platform: 'slack', workspace: 'T9', user: 'U1', name: 'Ada' },
      channel: { platform: 'slack', workspace: 'T9', channel: 'C7' },
    });
  });
});
