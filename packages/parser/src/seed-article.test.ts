import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ParseResultSchema } from '@claimline/schema';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';
import { INGESTED_AT } from './test-helpers';

// The article the project started from, read from the shared corpus (tests only; the parser never reads files).
const SEED = readFileSync(fileURLToPath(new URL('../../../../shared/corpus/seed-article.txt', import.meta.url)), 'utf8');

describe('parseArticle on the seed article', () => {
  const result = parseArticle(SEED, { ingestedAt: INGESTED_AT });
  const { article, quotes, sources } = result;
  const sourceOf = (id: string | null) => sources.find((s) => s.id === id);
  const byName = (name: string) => quotes.filter((q) => sourceOf(q.sourceId)?.name === name);

  it('should be valid against the schema', () => {
    expect(ParseResultSchema.parse(result)).toEqual(result);
  });

  it('should cut the title, the caption, the repeated title and the Other News block', () => {
    expect(article.title).toBe('Putin is ready to end the war against Ukraine through negotiations, but has his own conditions – Reuters');
    expect(article.removed.map((r) => r.reason)).toEqual(['title', 'caption', 'repeated-title', 'other-news']);
    expect(article.text).not.toMatch(/Kremlin photo|burger|Other News/);
    expect(article.text.startsWith('Russian dictator Vladimir Putin')).toBe(true);
  });

  it('should find about twenty claims', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(17);
    expect(quotes.length).toBeLessThanOrEqual(23);
  });

  it('should attribute "according to the dictator" to Vladimir Putin', () => {
    const [putin] = byName('Vladimir Putin');
    expect(putin?.speaker?.text).toBe('the dictator');
    expect(putin?.cue?.lemma).toBe('according to');
    expect(putin?.text).toMatch(/^Russia's success in the war is now enough/);
  });

  it("should attribute two claims to Dmitry Peskov, Putin's spokesman", () => {
    const peskov = byName('Dmitry Peskov');
    expect(peskov.map((q) => q.speaker?.text)).toEqual(['Dmitry Peskov', 'Peskov']);
    expect(peskov[0]?.kind).toBe('mixed');
    expect(sourceOf(peskov[0]?.sourceId ?? null)).toMatchObject({ kind: 'person', roles: ["Putin's spokesman"] });
  });

  it('should attribute the last claim to Anthony Blinken, U.S. Secretary of State', () => {
    const [blinken] = byName('Anthony Blinken');
    expect(blinken?.cue?.text).toBe('told');
    expect(sourceOf(blinken?.sourceId ?? null)?.roles).toContain('U.S. Secretary of State');
  });

  it('should attribute several claims to Reuters, including "the agency" and "the article"', () => {
    const reuters = byName('Reuters');
    expect(reuters.length).toBeGreaterThanOrEqual(5);
    expect(sourceOf(reuters[0]?.sourceId ?? null)?.kind).toBe('media');
    const mentions = reuters.map((q) => q.speaker?.text.toLowerCase());
    expect(mentions).toContain('the agency');
    expect(mentions).toContain('the article');
  });

  it('should keep anonymous sources as such, relayed by Reuters', () => {
    const reutersId = sources.find((s) => s.name === 'Reuters')?.id;
    const anonymous = quotes.filter((q) => sourceOf(q.sourceId)?.kind === 'anonymous');
    expect(anonymous.length).toBeGreaterThanOrEqual(6);
    for (const q of anonymous) expect(q.viaSourceId).toBe(reutersId);
    const direct = anonymous.find((q) => q.kind === 'direct');
    expect(direct?.text).toMatch(/^"Putin can fight as long as he needs to/);
    expect(sourceOf(direct?.sourceId ?? null)?.descriptor).toMatch(/senior Russian source/);
  });

  it('should resolve "the sources" to the four sources in Russia described before, never to a bare head noun', () => {
    const speakerSource = (speaker: string) => sourceOf(quotes.find((q) => q.speaker?.text === speaker)?.sourceId ?? null);
    expect(speakerSource('the sources')).toMatchObject({ name: 'sources in Russia', kind: 'anonymous', descriptor: 'sources in Russia' });
    expect(speakerSource("the agency's sources")?.name).toBe('sources in Russia');
    expect(speakerSource('two sources')?.descriptor).toBe("sources familiar with the discussions in Putin's inner circle");
    expect(speakerSource('One source')?.descriptor).toBe('one of the sources in Russia');
    const anonymous = sources.filter((s) => s.kind === 'anonymous').map((s) => s.name);
    expect(anonymous).not.toContain('sources');
    expect(anonymous).not.toContain("agency's sources");
  });

  it('should take no claim from the scare quotes, the caption or the burger teasers', () => {
    for (const q of quotes) {
      expect(q.text).not.toMatch(/^"(?:borders|sell|national conscription|dramatic|impossible)"$/);
      expect(q.text).not.toMatch(/burger|juicy|Kremlin photo/);
    }
  });
});
