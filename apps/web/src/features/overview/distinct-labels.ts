/** Cuts the middle out of a long name, keeping its start and its end: "three sources fam…the talks". */
function elide(name: string, max: number): string {
  const keep = max - 1;
  const head = Math.ceil(keep * 0.6);
  return `${name.slice(0, head).trimEnd()}…${name.slice(name.length - (keep - head)).trimStart()}`;
}

/** The stretch of `name` around where it first differs from `other`, so two cut names read apart. */
function around(name: string, other: string, max: number): string {
  let at = 0;
  while (at < name.length && name[at] === other[at]) at++;
  const start = Math.max(0, Math.min(at - Math.floor(max / 3), name.length - (max - 2)));
  const body = name.slice(start, start + max - 2);
  return `${start > 0 ? '…' : ''}${body.trim()}${start + max - 2 < name.length ? '…' : ''}`;
}

/**
 * Labels of at most `max` characters for names shown side by side, each distinct: a long name loses its
 * middle; when two long names still read the same (anonymous sources that share a long opening), each
 * shows the stretch where it differs; a last tie gets a number. The full name goes in a tooltip.
 */
export function distinctLabels(names: readonly string[], max: number): string[] {
  const labels = names.map((n) => (n.length <= max ? n : elide(n, max)));
  const byLabel = new Map<string, number[]>();
  labels.forEach((l, i) => byLabel.set(l, [...(byLabel.get(l) ?? []), i]));
  for (const group of byLabel.values()) {
    if (group.length < 2) continue;
    for (const i of group) {
      const name = names[i] ?? '';
      const other = names[group.find((j) => names[j] !== name) ?? i] ?? '';
      if (name.length > max && other !== name) labels[i] = around(name, other, max);
    }
  }
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    if (n === 1) return label;
    return label.length + 4 <= max ? `${label} (${n})` : `${label.slice(0, max - 5)}… (${n})`;
  });
}
