import { describe, expect, it } from 'vitest';
import { useTestApi } from '../test/test-app';
import { MAX_BATCH_SIZE, trpcPaths } from './batch-limit';

const api = useTestApi();

function timelineBatch(calls: number): string {
  const paths = Array.from({ length: calls }, () => 'stats.timeline').join(',');
  const input = Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, { bucket: 'week' }]));
  return `/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
}

describe('batchLimit', () => {
  it('should refuse one GET carrying 135 stats.timeline calls before running any, and say the limit', async () => {
    const response = await api.app.request(timelineBatch(135));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.data.code).toBe('BAD_REQUEST');
    expect(body.error.message).toBe(
      `a batch may carry at most ${MAX_BATCH_SIZE} calls and this one carries 135: send them in several requests (httpBatchLink maxItems: ${MAX_BATCH_SIZE})`,
    );
  });

  it('should serve a batch of the maximum size', async () => {
    const response = await api.app.request(timelineBatch(MAX_BATCH_SIZE));
    expect(response.status).toBe(200);
    expect((await response.json()) as unknown[]).toHaveLength(MAX_BATCH_SIZE);
  });
});

describe('trpcPaths', () => {
  it('should split a batched path and decode it', () => {
    expect(trpcPaths('/trpc/health%2Cstats.timeline')).toEqual(['health', 'stats.timeline']);
    expect(trpcPaths('/trpc/articles.list')).toEqual(['articles.list']);
  });
});
