import { describe, expect, it } from 'vitest';
import { describeAnonymous } from './anonymous-antecedent';
import { expectQuotes } from '../test-helpers';

describe('anonymousAntecedent', () => {
  it('should resolve "the sources" to the group a sentence without a claim described', () => {
    const { sources } = expectQuotes(
      'The newspaper spoke to three sources in the ministry. The sources said that the budget would be cut.',
      [{ text: 'that the budget would be cut', speaker: 'The sources', source: 'sources in the ministry' }],
    );
    expect(sources[0]).toMatchObject({ kind: 'anonymous', descriptor: 'sources in the ministry', aliases: ['The sources'] });
  });

  it('should resolve a possessed plural to the largest group described, and a number to a group as large', () => {
    expectQuotes(
      "The paper cited five sources in Ottawa. Two sources familiar with the talks said that a deal was near.\n\nThe paper's sources said that the vote would wait. Two sources said that the date was set.",
      [
        { text: 'that a deal was near', source: 'sources familiar with the talks' },
        { text: 'that the vote would wait', speaker: "The paper's sources", source: 'sources in Ottawa' },
        { text: 'that the date was set', speaker: 'Two sources', source: 'sources familiar with the talks' },
      ],
    );
  });

  it('should describe one source as one of the whole group, and leave a lone source bare', () => {
    expectQuotes('Reporters reached four sources in Kyiv. One source said that talks had stalled.', [
      { text: 'that talks had stalled', speaker: 'One source', source: 'one of the sources in Kyiv' },
    ]);
    expectQuotes('One source said that talks had stalled.', [{ text: 'that talks had stalled', source: 'source' }]);
  });

  it('should take people described by what they know for anonymous sources', () => {
    expectQuotes('The deal fell apart, according to people familiar with the bid.', [
      { text: 'The deal fell apart', speaker: 'people familiar with the bid', source: 'people familiar with the bid', cue: 'according to' },
    ]);
  });

  it('should read the head, number and quantity of a mention', () => {
    expect(describeAnonymous("the agency's sources")).toEqual({ head: 'source', plural: true, count: null, definite: true, bare: true });
    expect(describeAnonymous('two sources familiar with the plan')).toEqual({
      head: 'source',
      plural: true,
      count: 2,
      definite: false,
      bare: false,
    });
    expect(describeAnonymous('Peter Grant')).toBeNull();
  });
});
