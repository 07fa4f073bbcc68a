import { describe, expect, it } from 'vitest';
import { PALETTE_SIZE, colorSlot, colorSlotsFor, seriesColor } from './palette';

const ids = Array.from({ length: 20 }, (_, i) => `src_${(i * 7919).toString(36)}`);

describe('colorSlotsFor', () => {
  it('should give 20 speakers shown together 20 different colours', () => {
    const slots = colorSlotsFor(ids);
    expect(new Set(slots.values()).size).toBe(20);
  });

  it('should not depend on the order the speakers are listed in', () => {
    expect([...colorSlotsFor([...ids].reverse())].sort()).toEqual([...colorSlotsFor(ids)].sort());
  });

  it('should keep a speaker on its home slot when nobody shown shares it', () => {
    const [first] = ids;
    expect(colorSlotsFor([first ?? '']).get(first ?? '')).toBe(colorSlot(first ?? ''));
  });
});

describe('colorSlot', () => {
  it('should be the same for the same id on every call and inside the palette', () => {
    for (const id of ids) {
      expect(colorSlot(id)).toBe(colorSlot(`${id}`));
      expect(colorSlot(id)).toBeGreaterThanOrEqual(0);
      expect(colorSlot(id)).toBeLessThan(PALETTE_SIZE);
    }
  });
});

describe('seriesColor', () => {
  it('should name the stylesheet variable of a slot, and the neutral one for -1', () => {
    expect(seriesColor(3)).toBe('var(--series-3)');
    expect(seriesColor(-1)).toBe('var(--series-none)');
  });
});
