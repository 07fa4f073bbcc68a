import { BUCKETS, type Bucket } from '../../lib/kinds';
import { DEFAULT_TOP, type Measure } from './overview-search';

/** Props of ChartControls: the current bucket, top N and measure, and how to change each. */
export interface ChartControlsProps {
  bucket: Bucket;
  top: number;
  measure: Measure;
  onBucket: (bucket: Bucket) => void;
  onTop: (top: number) => void;
  onMeasure: (measure: Measure) => void;
}

const MEASURES: [Measure, string][] = [
  ['count', 'Claims'],
  ['share', 'Share of coverage'],
];

function Segmented<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v} className={value === v ? 'on' : undefined}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The chart's settings: bucket width, how many top speakers (none to compare only the chosen ones), claims or share. */
export function ChartControls({ bucket, top, measure, onBucket, onTop, onMeasure }: ChartControlsProps) {
  return (
    <>
      <Segmented legend="Group by" name="bucket" value={bucket} options={BUCKETS.map((b) => [b, b])} onChange={onBucket} />
      <Segmented legend="Show" name="measure" value={measure} options={MEASURES} onChange={onMeasure} />
      <label className="inline">
        Top speakers{' '}
        <select value={top} onChange={(e) => onTop(Number(e.target.value))}>
          {[0, 5, DEFAULT_TOP, 20, 30, 50].map((n) => (
            <option key={n} value={n}>
              {n === 0 ? 'none' : n}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
