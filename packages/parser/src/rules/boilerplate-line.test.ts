import { describe, expect, it } from 'vitest';
import { boilerplateReason } from './boilerplate-line';

describe('boilerplateReason', () => {
  it('should recognise link teasers inside the body', () => {
    expect(boilerplateReason('READ MORE: Justin Trudeau says people are disturbed by the detentions')).toBe('related');
    expect(boilerplateReason('WATCH: A fight broke out during a protest on Saturday.')).toBe('related');
    expect(boilerplateReason('Also on HuffPost:')).toBe('related');
  });

  it('should recognise advertising lines', () => {
    expect(boilerplateReason('Story continues below advertisement')).toBe('boilerplate');
    expect(boilerplateReason('Article Continued Below')).toBe('boilerplate');
  });

  it('should leave sentences that merely start with the same words', () => {
    expect(boilerplateReason('Read more carefully, the report says the opposite.')).toBeNull();
    expect(boilerplateReason('More than 40 people were hurt, police said.')).toBeNull();
  });
});
