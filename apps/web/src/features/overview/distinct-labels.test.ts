import { describe, expect, it } from 'vitest';
import { distinctLabels } from './distinct-labels';

describe('distinctLabels', () => {
  it('should keep names that fit as they are', () => {
    expect(distinctLabels(['Donald Trump', 'Nancy Pelosi'], 26)).toEqual(['Donald Trump', 'Nancy Pelosi']);
  });

  it('should cut the middle out of a long name and stay within the limit', () => {
    const [label] = distinctLabels(['three sources familiar with the discussions'], 26);
    expect(label).toBe('three sources f…iscussions');
    expect(label?.length).toBeLessThanOrEqual(26);
  });

  it('should tell apart long anonymous names that start and end alike', () => {
    const names = [
      'two people familiar with the matter who spoke on condition of anonymity at the ministry',
      'two people familiar with the matter who spoke on condition of anonymity at the embassy',
      'two people familiar with the plans who spoke on condition of anonymity at the ministry',
    ];
    const labels = distinctLabels(names, 26);
    expect(new Set(labels).size).toBe(3);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(26);
    expect(labels[2]).toContain('plans');
  });

  it('should number a short name shared by two speakers without cutting it', () => {
    expect(distinctLabels(['Trump', 'Trump'], 24)).toEqual(['Trump', 'Trump (2)']);
  });

  it('should number the same long name given twice', () => {
    const name = 'a senior official with knowledge of the talks';
    const labels = distinctLabels([name, name], 26);
    expect(labels[0]).not.toBe(labels[1]);
    expect(labels[1]).toMatch(/\(2\)$/);
  });
});
