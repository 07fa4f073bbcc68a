import { useId } from 'react';
import type { QuoteFilters } from '../../lib/filters';
import { QUOTE_KINDS, SOURCE_KINDS } from '../../lib/kinds';
import { DateRangeFields } from './date-range-fields';
import { useTextFilters } from './use-text-filters';

/** Props of FilterBar: the filters in the URL and how to change them. */
export interface FilterBarProps {
  value: QuoteFilters;
  onChange: (next: QuoteFilters) => void;
}

function toggle<T extends string>(list: readonly T[] | undefined, item: T): T[] | undefined {
  const next = list?.includes(item) ? list.filter((x) => x !== item) : [...(list ?? []), item];
  return next.length ? next : undefined;
}

/**
 * The shared filters: text search, date range, outlets, speaker kinds and quote kinds. Dates and
 * checkboxes apply at once; typed text applies on Enter or "Apply", so each keystroke is not a new URL.
 */
export function FilterBar({ value, onChange }: FilterBarProps) {
  const id = useId();
  const { q, setQ, outlets, setOutlets, submit } = useTextFilters(value, onChange);
  const hasFilters = Object.values(value).some((v) => v !== undefined);

  return (
    <form className="filter-bar" role="search" aria-label="Filter claims" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-q`}>Search quotes</label>
        <input id={`${id}-q`} type="search" value={q} placeholder="e.g. ceasefire" onChange={(e) => setQ(e.target.value)} />
      </div>
      <DateRangeFields id={id} value={value} onChange={onChange} />
      <div className="field">
        <label htmlFor={`${id}-outlets`}>Outlets</label>
        <input id={`${id}-outlets`} value={outlets} placeholder="Reuters, AP" onChange={(e) => setOutlets(e.target.value)} />
      </div>
      <fieldset className="checks">
        <legend>Speaker kind</legend>
        {SOURCE_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={value.sourceKinds?.includes(kind) ?? false}
              onChange={() => onChange({ ...value, sourceKinds: toggle(value.sourceKinds, kind) })}
            />
            {kind}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>Quote kind</legend>
        {QUOTE_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={value.kinds?.includes(kind) ?? false}
              onChange={() => onChange({ ...value, kinds: toggle(value.kinds, kind) })}
            />
            {kind}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit">Apply</button>
        {hasFilters ? (
          <button type="button" className="secondary" onClick={() => onChange({})}>
            Clear filters
          </button>
        ) : null}
      </div>
    </form>
  );
}
