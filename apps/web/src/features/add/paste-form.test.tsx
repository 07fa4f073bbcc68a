import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../test-support';

describe('PasteForm', () => {
  afterEach(cleanup);

  it('should show example values as examples, not as values already filled in', async () => {
    renderAppAt('/add');
    const outlet = await screen.findByRole('textbox', { name: 'Outlet (optional)' }, { timeout: 15000 });
    expect(outlet.getAttribute('placeholder')).toBe('e.g. Reuters');
    expect((outlet as HTMLInputElement).value).toBe('');
  });
});
