import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('channel configuration', () => {
  it('when nothing is set, then the channel limits, the transcription model and the console have the defaults of API.md', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ MAX_MAIL_BYTES: 1_048_576, MAX_AUDIO_BYTES: 10_485_760, OPENAI_TRANSCRIBE_MODEL: 'gpt-4o-mini-transcribe', CONSOLE: 'on' });
  });

  it.each([
    ['CONSOLE', 'maybe', /CONSOLE: must be on or off/],
    ['MAX_MAIL_BYTES', '10', /MAX_MAIL_BYTES: must be at least 1024/],
    ['MAX_AUDIO_BYTES', 'lots', /MAX_AUDIO_BYTES: must be a number/],
  ])('when %s is %s, then the start fails with one line naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
