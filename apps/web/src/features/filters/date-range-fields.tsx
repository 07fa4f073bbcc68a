/** The From and To date inputs of a filter form, each bounding the other; empty means open-ended. */
export interface DateRangeFieldsProps<T extends { from?: string; to?: string }> {
  /** Prefix for the inputs' ids (a `useId()` of the form), so labels point at their inputs. */
  id: string;
  value: T;
  onChange: (next: T) => void;
}

/** From/To date fields shared by the claims filter bar and the articles filters. */
export function DateRangeFields<T extends { from?: string; to?: string }>({ id, value, onChange }: DateRangeFieldsProps<T>) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={value.from ?? ''}
          max={value.to}
          onChange={(e) => onChange({ ...value, from: e.target.value || undefined })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={value.to ?? ''}
          min={value.from}
          onChange={(e) => onChange({ ...value, to: e.target.value || undefined })}
        />
      </div>
    </>
  );
}
