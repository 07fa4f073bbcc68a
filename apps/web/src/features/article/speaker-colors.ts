import { colorSlotsFor } from '../../lib/palette';

/**
 * The colour slot of each speaker of an article, from its source id (the same colour as on the overview
 * chart when shown with the same speakers); unattributed quotes and unknown ids get -1, the neutral colour.
 */
export function colorSlots(sourceIds: readonly string[]): (sourceId: string | null) => number {
  const slots = colorSlotsFor(sourceIds);
  return (sourceId) => (sourceId === null ? -1 : (slots.get(sourceId) ?? -1));
}
