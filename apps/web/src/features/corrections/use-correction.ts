import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * After a correction every view that shows quotes or speakers may be stale, so all cached API data is
 * marked stale and the visible views refetch at once ("the change shows at once everywhere").
 */
export function useRefreshEverything(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries(), [queryClient]);
}
