/** How many distinct speaker colours the stylesheet defines (--series-0 … --series-9). */
export const PALETTE_SIZE = 10;

/**
 * Gives each speaker a stable colour slot in the order they are listed; the slot past the palette
 * wraps, which is fine because names are always shown beside highlights. Unattributed quotes get -1's slot 9.
 */
export function colorSlots(sourceIds: readonly string[]): (sourceId: string | null) => number {
  const slots = new Map(sourceIds.map((id, i) => [id, i % (PALETTE_SIZE - 1)]));
  return (sourceId) => (sourceId === null ? PALETTE_SIZE - 1 : (slots.get(sourceId) ?? PALETTE_SIZE - 1));
}
