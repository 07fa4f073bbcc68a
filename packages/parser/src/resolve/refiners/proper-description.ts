import type { NominalRefiner } from '../nominal';
import { recent } from '../recent';

/** "the Kentucky Republican": a description with a proper adjective names the person in focus. */
export const properDescription: NominalRefiner = (ctx, m) => {
  if (!/^the\s+\p{Lu}/u.test(m.text)) return null;
  return recent(ctx, m.start, (c) => c.kind === 'person' && c.subject);
};
