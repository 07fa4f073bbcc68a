import type { Overview } from '@claimline/schema';

/** The overview's headline numbers: claims in the current view, and what is stored overall. */
export function OverviewTotals({ inView, stored }: { inView: number | undefined; stored: Overview | undefined }) {
  const cells: [string, number | undefined][] = [
    ['Claims in view', inView],
    ['Claims stored', stored?.quotes],
    ['Speakers', stored?.sources],
    ['Articles', stored?.articles],
    ['Outlets', stored?.outlets],
  ];
  return (
    <dl className="totals" aria-label="Totals">
      {cells.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          {/* A placeholder of the same height while loading, so the header does not jump. */}
          <dd>{value === undefined ? '…' : value.toLocaleString('en')}</dd>
        </div>
      ))}
    </dl>
  );
}
