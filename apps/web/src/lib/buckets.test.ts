import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketLastDay, bucketStart, enumerateBuckets, nextBucket } from './buckets';

describe('bucketStart', () => {
  it('should start weeks on Monday in UTC', () => {
    expect(bucketStart('2024-05-26T23:30:00Z', 'week')).toBe('2024-05-20');
    expect(bucketStart('2024-05-27T00:00:00Z', 'week')).toBe('2024-05-27');
  });

  it('should start months on the first', () => {
    expect(bucketStart('2024-02-29T12:00:00Z', 'month')).toBe('2024-02-01');
  });

  it('should say what to pass when the date is not a date', () => {
    expect(() => bucketStart('last Tuesday', 'day')).toThrow(/pass an ISO date/);
  });
});

describe('enumerateBuckets', () => {
  it('should list every month across a year boundary', () => {
    expect(enumerateBuckets('2023-11-15', '2024-02-03', 'month')).toEqual(['2023-11-01', '2023-12-01', '2024-01-01', '2024-02-01']);
  });

  it('should stop at the cap', () => {
    expect(enumerateBuckets('2000-01-01', '2024-01-01', 'day', 10)).toHaveLength(10);
  });
});

describe('nextBucket and bucketLastDay', () => {
  it('should give the inclusive last day of a month and a week', () => {
    expect(nextBucket('2024-02-01', 'month')).toBe('2024-03-01');
    expect(bucketLastDay('2024-02-01', 'month')).toBe('2024-02-29');
    expect(bucketLastDay('2024-05-20', 'week')).toBe('2024-05-26');
  });
});

describe('bucketLabel', () => {
  it('should name the bucket in words', () => {
    expect(bucketLabel('2024-05-20', 'week')).toBe('week of 20 May 2024');
    expect(bucketLabel('2024-05-01', 'month')).toBe('May 2024');
  });
});
