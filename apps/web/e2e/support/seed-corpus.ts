import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A file of the shared corpus (`../shared/corpus` from the repository root). */
export function corpus(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../../../shared/corpus/${name}`, import.meta.url)), 'utf8');
}

/**
 * Stores the seed article and the first `count` articles of recovery-2020 through the real API
 * (articles.ingestMany over HTTP, as a client would, with `token` if the server wants one), so a browser
 * test starts from a dashboard with data.
 */
export async function seedCorpus(url: string, count: number, token?: string): Promise<void> {
  const articles = [
    { text: corpus('seed-article.txt'), outlet: 'Reuters', publishedAt: '2024-05-24' },
    ...corpus('recovery-2020.jsonl')
      .split('\n')
      .filter(Boolean)
      .slice(0, count)
      .map((line) => {
        const { text, title, outlet, publishedAt } = JSON.parse(line) as Record<string, string | null>;
        return { text, ...(title ? { title } : {}), ...(outlet ? { outlet } : {}), ...(publishedAt ? { publishedAt } : {}) };
      }),
  ];
  const res = await fetch(`${url}/trpc/articles.ingestMany`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ articles }),
  });
  if (!res.ok) throw new Error(`seeding the corpus failed: ${res.status} ${await res.text()}`);
}
