import type { ReviewStatus } from '@claimline/schema';

/** The statuses an analyst sets, each with its one-key shortcut and label (unreviewed is where quotes start). */
export const REVIEW_ACTIONS: readonly { status: Exclude<ReviewStatus, 'unreviewed'>; key: string; label: string }[] = [
  { status: 'checked', key: 'c', label: 'Checked' },
  { status: 'disputed', key: 'd', label: 'Disputed' },
  { status: 'false', key: 'f', label: 'False' },
  { status: 'misleading', key: 'm', label: 'Misleading' },
];

/** The status a key press sets, or undefined; keys typed into a field or with a modifier never count. */
export function statusForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, target: EventTarget | null) {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const tag = target instanceof HTMLElement ? target.tagName : '';
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return undefined;
  return REVIEW_ACTIONS.find((a) => a.key === event.key.toLowerCase())?.status;
}

/** Tags as typed ("vaccines, needs source") as a clean list: trimmed, no empties, no repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
