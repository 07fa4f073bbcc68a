import { useEffect, useState, type FormEvent } from 'react';

/** The typed filters a form holds as drafts until it is submitted: search text and outlets. */
export interface TextFilters {
  q?: string;
  outlets?: string[];
}

/**
 * Draft state of a filter form's search text and comma-separated outlets. Drafts apply on submit
 * (Enter or "Apply"), so each keystroke is not a new URL and a new request; when the URL changes
 * (Back/Forward, "Clear filters") the drafts follow it.
 */
export function useTextFilters<T extends TextFilters>(value: T, onChange: (next: T) => void) {
  const [q, setQ] = useState(value.q ?? '');
  const [outlets, setOutlets] = useState((value.outlets ?? []).join(', '));
  useEffect(() => setQ(value.q ?? ''), [value.q]);
  useEffect(() => setOutlets((value.outlets ?? []).join(', ')), [value.outlets]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = outlets
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    onChange({ ...value, q: q.trim() || undefined, outlets: list.length ? list : undefined });
  };
  return { q, setQ, outlets, setOutlets, submit };
}
