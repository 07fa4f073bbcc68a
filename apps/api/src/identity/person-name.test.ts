import { describe, expect, it } from 'vitest';
import { parsePersonName } from './person-name';

describe('parsePersonName', () => {
  it('should take titles off and keep particles with the surname', () => {
    expect(parsePersonName('Mayor Bill de Blasio')).toEqual({ surname: 'de blasio', first: 'william', generation: '', titles: ['mayor'] });
    expect(parsePersonName('De Blasio')).toMatchObject({ surname: 'de blasio', first: '' });
  });

  it('should read a titled surname as a bare surname', () => {
    expect(parsePersonName('Pres. Trump')).toEqual({ surname: 'trump', first: '', generation: '', titles: ['pres'] });
    expect(parsePersonName('Responded Trump')).toMatchObject({ surname: 'trump', first: '' });
  });

  it('should fold short first names and keep the generation apart', () => {
    expect(parsePersonName('Steve Mnuchin')?.first).toBe('steven');
    expect(parsePersonName('Donald Trump Jr.')).toMatchObject({ surname: 'trump', first: 'donald', generation: 'jr' });
  });

  it('should read initials as an initial, and several initials as a first name', () => {
    expect(parsePersonName('D. Trump')?.first).toBe('d');
    expect(parsePersonName('J.B. Pritzker')?.first).toBe('jb');
    expect(parsePersonName('Andrew M. Cuomo')?.first).toBe('andrew');
  });
});
