import type { SourceKind } from '@claimline/schema';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';

/** A chosen speaker as the chips show it. */
export interface PickedSpeaker {
  id: string;
  name: string;
  kind: SourceKind;
}

/** Props of SpeakerPicker: who is chosen (names resolved), at most how many, and what adding or removing does. */
export interface SpeakerPickerProps {
  picked: PickedSpeaker[];
  max: number;
  onAdd: (speaker: PickedSpeaker) => void;
  onRemove: (id: string) => void;
  /** The chip's colour: the speaker's colour on the chart. */
  colorOf: (id: string) => string;
}

/**
 * Choose speakers to compare on the chart: type part of a name or alias, add a match; each choice is a
 * chip with its chart colour and a remove button. Matches come from sources.list once two letters are typed.
 */
export function SpeakerPicker({ picked, max, onAdd, onRemove, colorOf }: SpeakerPickerProps) {
  const trpc = useTRPC();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  // Ask once the user pauses, not on every key.
  useEffect(() => {
    const handle = setTimeout(() => setQ(draft.trim()), 200);
    return () => clearTimeout(handle);
  }, [draft]);
  const matches = useQuery({ ...trpc.sources.list.queryOptions({ q, limit: 8 }), enabled: q.length >= 2 });
  const chosen = new Set(picked.map((p) => p.id));
  const full = picked.length >= max;
  const options = (matches.data?.items ?? []).filter((s) => !chosen.has(s.id));

  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare speakers</h2>
      {picked.length ? (
        <ul className="chips" aria-label="Chosen speakers">
          {picked.map((p) => (
            <li key={p.id} className="chip">
              <span className="swatch" aria-hidden="true" style={{ background: colorOf(p.id) }} />
              <span className="chip-name" title={p.name}>
                {p.name}
              </span>
              <button type="button" className="chip-remove" aria-label={`Remove ${p.name}`} onClick={() => onRemove(p.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor="compare-q">Add a speaker</label>
        <input
          id="compare-q"
          type="search"
          value={draft}
          disabled={full}
          placeholder={full ? `At most ${max}: remove one first` : 'Type a name, e.g. Peskov'}
          aria-describedby="compare-help"
          onChange={(e) => setDraft(e.target.value)}
        />
      </div>
      <p id="compare-help" className="muted small">
        Chosen speakers are shown first, beside the top speakers (or alone with top speakers set to none).
      </p>
      {q.length >= 2 && !full ? (
        matches.isPending ? (
          <p className="muted small" role="status">
            Looking for “{q}”…
          </p>
        ) : options.length === 0 ? (
          <p className="muted small" role="status">
            No other speaker matches “{q}”.
          </p>
        ) : (
          <ul className="matches" aria-label="Matching speakers">
            {options.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    onAdd({ id: s.id, name: s.name, kind: s.kind });
                    setDraft('');
                    setQ('');
                  }}
                >
                  Add {s.name}
                  <span className="muted">
                    {' '}
                    ({s.kind}, {plural(s.quoteCount, 'claim')})
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
