import { describe, expect, it } from 'vitest';
import { withoutTitles } from './without-titles';

describe('withoutTitles', () => {
  it('should return the name without its titles and the titles as written', () => {
    expect(withoutTitles('Mayor Bill de Blasio')).toEqual({ name: 'Bill de Blasio', titles: ['Mayor'] });
    expect(withoutTitles('Director-General Tedros Adhanom Ghebreyesus')).toEqual({
      name: 'Tedros Adhanom Ghebreyesus',
      titles: ['Director-General'],
    });
  });

  it('should not keep courtesy titles, verbs or months as roles', () => {
    expect(withoutTitles('Mr. John Smith')).toEqual({ name: 'John Smith', titles: [] });
    expect(withoutTitles('April Donald Trump')).toEqual({ name: 'Donald Trump', titles: [] });
  });

  it('should leave a name without titles alone', () => {
    expect(withoutTitles('Angela Merkel')).toEqual({ name: 'Angela Merkel', titles: [] });
  });
});
