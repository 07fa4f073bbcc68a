import { describe, expect, it } from 'vitest';
import { capitalizedRunBefore } from './capitalized-run';

describe('capitalizedRunBefore', () => {
  it('should take the capitalized words before a place, with the joins inside a name, "The" left out', () => {
    const text = 'In response, the Center for Disease Control issued a statement.';
    expect(capitalizedRunBefore(text, text.indexOf(' issued'))).toEqual({ name: 'Center for Disease Control', at: 17 });
    const reagan = 'officials of the Reagan administration';
    expect(capitalizedRunBefore(reagan, reagan.indexOf(' administration'), 3)).toEqual({ name: 'Reagan', at: 17 });
  });

  it('should find none after a lowercase word, and take no pronoun or lone "The" for a name', () => {
    const current = 'the current administration';
    expect(capitalizedRunBefore(current, current.indexOf(' administration'))).toBeNull();
    expect(capitalizedRunBefore('The administration', 3)).toBeNull();
    expect(capitalizedRunBefore('He issued', 2)).toBeNull();
  });
});
