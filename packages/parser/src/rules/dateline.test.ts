import { describe, expect, it } from 'vitest';
import { readDateline } from './dateline';

describe('readDateline', () => {
  it('should read a Reuters dateline and take the year from the reference time', () => {
    expect(readDateline('SALVADOR, Feb 26 - Showers continued throughout the week', '1987-03-01T00:00:00Z')).toEqual({
      text: 'SALVADOR, Feb 26 -',
      place: 'SALVADOR',
      date: '1987-02-26T00:00:00.000Z',
    });
  });

  it('should step back a year when the date would be after the reference time', () => {
    expect(readDateline('OTTAWA, Dec 30 (Reuters) - The bank said', '1988-01-02T00:00:00Z')?.date).toBe('1987-12-30T00:00:00.000Z');
  });

  it('should not read an ordinary opening sentence', () => {
    expect(readDateline('Russian dictator Vladimir Putin is ready to start negotiations.', '2024-05-24T00:00:00Z')).toBeNull();
  });
});
