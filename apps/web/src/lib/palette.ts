/**
 * Speaker colours: 24 hues the stylesheet defines as `--series-0` … `--series-23` (OKLCH, hues spread so
 * neighbouring slots differ, each at least 3.7:1 against white), plus `--series-none` for claims with no
 * speaker or the "others" row. A speaker's colour comes from its source id, never its place in a list, so
 * it stays the same on every view and after corrections that keep the id (rename, re-kind, merge into it).
 */
export const PALETTE_SIZE = 24;

/** The CSS colour of a slot from `colorSlot`/`colorSlotsFor`; -1 is the neutral colour. */
export function seriesColor(slot: number): string {
  return slot < 0 ? 'var(--series-none)' : `var(--series-${slot % PALETTE_SIZE})`;
}

/** The home slot of a source id: a 32-bit FNV-1a hash of the id, modulo the palette. */
export function colorSlot(sourceId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < sourceId.length; i++) {
    hash ^= sourceId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % PALETTE_SIZE;
}

/**
 * Slots for speakers shown together: each takes its home slot, and when two collide the one with the
 * later id moves to the next free slot. Ids are taken in sorted order, so the result depends on which
 * speakers are shown, never on how they are ordered; up to 24 speakers never share a colour.
 */
export function colorSlotsFor(sourceIds: Iterable<string>): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of [...new Set(sourceIds)].sort()) {
    let slot = colorSlot(id);
    // Past 24 speakers every slot is taken: keep the home slot rather than loop forever.
    for (let tries = 0; taken.has(slot) && tries < PALETTE_SIZE; tries++) slot = (slot + 1) % PALETTE_SIZE;
    taken.add(slot);
    slots.set(id, slot);
  }
  return slots;
}
