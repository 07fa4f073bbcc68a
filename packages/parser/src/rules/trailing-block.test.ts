import { describe, expect, it } from 'vitest';
import { trailingBlockReason } from './trailing-block';

describe('trailingBlockReason', () => {
  it('should recognise an Other News heading', () => {
    expect(trailingBlockReason('Other News')).toBe('other-news');
  });

  it('should recognise related and newsletter headings', () => {
    expect(trailingBlockReason('Related Stories')).toBe('related');
    expect(trailingBlockReason('Sign up for our morning newsletter')).toBe('newsletter');
  });

  it('should not cut a sentence that starts with the same words', () => {
    expect(
      trailingBlockReason('Other news outlets reported that the talks had stalled for weeks and that both sides blamed each other.'),
    ).toBeNull();
    expect(trailingBlockReason('Related to this, the minister said nothing.')).toBeNull();
  });
});
