import { describe, expect, it } from 'vitest';
import { nicknamedNameStart } from './nicknamed-name';
import { tokenize } from './tokens';

/** The text from the given names nicknamedNameStart finds to the surname at the last capitalized word, or null. */
function given(text: string, surname: string): string | null {
  const tokens = tokenize(text, 0, text.length);
  const i = tokens.findIndex((t) => t.text === surname);
  const g = nicknamedNameStart(tokens, i);
  return g < 0 ? null : text.slice(tokens[g]?.start ?? 0, tokens[i]?.end ?? 0);
}

describe('nicknamedNameStart', () => {
  it('should find the given names before a nickname glued to its marks, and no title before them', () => {
    expect(given('Phillips Petroleum Co Chairman C. J. "Pete" Silas said', 'Silas')).toBe('C. J. "Pete" Silas');
    expect(given('U.S. Rep. Jesus “Chuy” Garcia, D-Ill., said', 'Garcia')).toBe('Jesus “Chuy” Garcia');
  });

  it('should find none where a quotation ends before a name', () => {
    expect(given('“We will win,” Smith said', 'Smith')).toBeNull();
    // (Two words in the marks: a title, not a nickname.)
    expect(given('the group "Save Our" Jobs said', 'Jobs')).toBeNull();
  });
});
