import { describe, expect, it } from 'vitest';
import { attributed, expectNoQuotes } from '../test-helpers';

describe('isPluralNounCue', () => {
  it('should read a cue\'s "-s" form before a past tense as a plural noun, no cue ("press reports raised")', () => {
    // reuters-21578 (1987-03): "Recent press" had reported the possibility; recovery-2020 (2020-04): "The two prior"
    // had recorded the claims.
    expectNoQuotes(
      'Recent press reports raised the possibility that an NYSE\nrule could bar its members from trading jointly listed stocks\non the London Exchange during hours when the NYSE was open.',
    );
    expectNoQuotes('The two prior reports recorded more than 10 million claims for unemployment in late March.');
  });

  it('should keep the cue after a relative ("an event that Carson says led him to Christ")', () => {
    expect(attributed('He tried attacking someone with a hunting knife, an event that Carson says led him to Christ.').quotes).toEqual([
      [75, 92, 'Carson', 'Carson'],
    ]);
  });
});
