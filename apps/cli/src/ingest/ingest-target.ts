import type { ArticleInput, IngestItemResult } from '@claimline/schema';
import { createClaimlineClient } from '@claimline/client';

/** Where `claimline ingest` sends articles: a running server, or the embedded database in this process. */
export interface IngestTarget {
  /** Names the target in messages and in the resume checkpoint's key. */
  name: string;
  /** articles.ingestMany: one result per article, in order. */
  ingestMany: (articles: Record<string, unknown>[]) => Promise<IngestItemResult[]>;
  close: () => Promise<void>;
}

/** A running server, through the typed client (articles.ingestMany over HTTP). */
export function remoteTarget(url: string, token: string | undefined): IngestTarget {
  const client = createClaimlineClient({ url, token });
  return {
    name: url,
    // Items go as read: the server validates each one and answers its own error.
    ingestMany: async (articles) => (await client.articles.ingestMany.mutate({ articles: articles as unknown as ArticleInput[] })).results,
    close: () => Promise.resolve(),
  };
}
