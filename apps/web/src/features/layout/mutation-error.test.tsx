import { TRPCClientError } from '@trpc/client';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readApiToken } from '../../lib/trpc-client';
import { MutationError } from './mutation-error';

function trpcError(code: string, message: string) {
  return TRPCClientError.from({ error: { message, code: -32001, data: { code, httpStatus: 401 } } });
}

describe('MutationError', () => {
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('should show the server message for an ordinary error', () => {
    render(<MutationError error={trpcError('BAD_REQUEST', 'text is empty: paste the article body')} action="Not saved" />);
    expect(screen.getByText('Not saved: text is empty: paste the article body')).toBeTruthy();
    expect(screen.queryByLabelText(/API token/)).toBeNull();
  });

  it('should offer to save an API token when the server asks for one', () => {
    render(<MutationError error={trpcError('UNAUTHORIZED', 'send Authorization: Bearer <token>')} action="Not saved" />);
    fireEvent.change(screen.getByLabelText(/ask whoever runs the server/), { target: { value: ' secret-token-1234567 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save token in this browser' }));
    expect(readApiToken()).toBe('secret-token-1234567');
    expect(screen.getByText('Saved. Try again.')).toBeTruthy();
  });
});
