import { normalizeName } from './normalize-name';
import { parsePersonName } from './person-name';
import { trimEnd } from '@claimline/schema';

// Words taken off a name that say nothing of the person's office: courtesy titles, and the verbs
// and months the parser sometimes leaves in front of a name ("Responded Trump", "April Trump").
const NOT_ROLES =
  /^(?:mr|mrs|ms|miss|mx|responded|replied|asked|added|said|says|told|wrote|tweeted|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * A person's name without the titles news copy puts before it, and those titles as written:
 * "Mayor Bill de Blasio" -> "Bill de Blasio" and ["Mayor"]; "Director-General Tedros Adhanom
 * Ghebreyesus" -> "Tedros Adhanom Ghebreyesus" and ["Director-General"]; "Mr. Smith" -> "Smith", [].
 */
export function withoutTitles(name: string): { name: string; titles: string[] } {
  const count = parsePersonName(name)?.titles.length ?? 0;
  const trimmed = name.trim();
  let end = 0;
  let taken = 0;
  while (taken < count) {
    const match = /^([^\s-]+)[\s-]+/.exec(trimmed.slice(end));
    if (!match?.[1]) break;
    taken += normalizeName(match[1]).split(' ').filter(Boolean).length || 1;
    end += match[0].length;
  }
  const rest = trimmed.slice(end);
  if (end === 0 || !rest) return { name: trimmed, titles: [] };
  const title = trimEnd(trimmed.slice(0, end), ' \t\n\r\u00a0-');
  const words = normalizeName(title).split(' ');
  return { name: rest, titles: words.every((w) => NOT_ROLES.test(w)) ? [] : [title] };
}
