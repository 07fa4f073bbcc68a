import type { ReviewStatus } from '@claimline/schema';
import { REVIEW_STATUSES } from './quotes-search';

/** Checkboxes that keep quotes of the ticked review statuses (none ticked: every status). */
export function StatusFilter({
  value,
  onChange,
}: {
  value: ReviewStatus[] | undefined;
  onChange: (next: ReviewStatus[] | undefined) => void;
}) {
  const toggle = (status: ReviewStatus) => {
    const next = value?.includes(status) ? value.filter((s) => s !== status) : [...(value ?? []), status];
    onChange(next.length ? next : undefined);
  };
  return (
    <fieldset className="checks status-filter">
      <legend>Review status</legend>
      {REVIEW_STATUSES.map((status) => (
        <label key={status}>
          <input type="checkbox" checked={value?.includes(status) ?? false} onChange={() => toggle(status)} /> {status}
        </label>
      ))}
    </fieldset>
  );
}
