import type { ArticleInput } from '@claimline/schema';

const FIRST = [
  'Maria',
  'Tom',
  'Anna',
  'James',
  'Olga',
  'Ahmed',
  'Li',
  'Sofia',
  'David',
  'Elena',
  'Kwame',
  'Hiroshi',
  'Fatima',
  'Pedro',
  'Ingrid',
  'Rahul',
  'Chloe',
  'Ivan',
  'Amara',
  'Lucas',
];
const LAST = [
  'Lopez',
  'Becker',
  'Novak',
  'Okafor',
  'Petrov',
  'Tanaka',
  'Haddad',
  'Silva',
  'Jensen',
  'Kowalski',
  'Moreau',
  'Rossi',
  'Nguyen',
  'Schmidt',
  'Kaur',
  'Walsh',
  'Mendes',
  'Ito',
  'Adeyemi',
  'Larsen',
];
const OUTLETS = ['Reuters', 'AP', 'BBC', 'NPR', 'Politico', 'CBS', 'The Guardian', 'USA Today'];

/** Quotations as published: the quoted passages of the real ReCOVery articles, 30 to 240 characters long. */
export function realQuotations(jsonl: string): string[] {
  const out = new Set<string>();
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text?: string };
    for (const m of (text ?? '').matchAll(/[“"]([^“”"\n]{30,240})[”"]/g)) {
      const q = m[1]?.trim().replace(/[,.]$/, '');
      if (q && !/\b(said|says)\b/.test(q)) out.add(q);
    }
  }
  return [...out];
}

// Zipf-like choice: speaker i is quoted about 1/(i+1) as often as speaker 0, as in real coverage.
function zipf(n: number, random: () => number): number {
  const u = random();
  return Math.min(n - 1, Math.floor(Math.exp(u * Math.log(n + 1)) - 1));
}

/** A small deterministic PRNG (mulberry32), so every run stores the same data set. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Articles for the dashboard benchmark: `count` articles of `perArticle` real quotations each,
 * attributed "Name said." to 400 speakers (Zipf-distributed), over 8 outlets and one year of dates.
 */
export function syntheticArticles(quotes: string[], count: number, perArticle: number, random = seeded(42)): ArticleInput[] {
  if (quotes.length === 0) throw new Error('no quotations to build articles from: check ../shared/corpus/recovery-2020.jsonl');
  const speakers = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));
  const start = Date.UTC(2023, 0, 2);
  return Array.from({ length: count }, (_, i) => {
    const paragraphs = Array.from({ length: perArticle }, (_, j) => {
      const quote = quotes[Math.floor(random() * quotes.length)] ?? '';
      const name = speakers[zipf(speakers.length, random)] ?? 'Maria Lopez';
      return j % 2 ? `"${quote}," ${name} said.` : `"${quote}," said ${name}.`;
    });
    const day = new Date(start + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10);
    return {
      title: `Briefing ${i + 1}: what officials said`,
      outlet: OUTLETS[i % OUTLETS.length],
      publishedAt: day,
      text: `Briefing ${i + 1}: what officials said\n\n${paragraphs.join('\n\n')}`,
    };
  });
}
