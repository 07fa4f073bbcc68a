/**
 * Short forms of English first names, so "Mike Pence" and "Michael Pence", "Steve Mnuchin" and
 * "Steven Mnuchin", "Chuck Schumer" and "Charles Schumer" share one identity key. Only forms that
 * news copy uses for the same person; "Chris" and "Andrew" (the Cuomo brothers) stay apart.
 */
const SHORT_FORMS: Record<string, string> = {
  mike: 'michael',
  mick: 'michael',
  steve: 'steven',
  bill: 'william',
  billy: 'william',
  will: 'william',
  bob: 'robert',
  bobby: 'robert',
  rob: 'robert',
  jim: 'james',
  jimmy: 'james',
  joe: 'joseph',
  tom: 'thomas',
  tony: 'anthony',
  dan: 'daniel',
  danny: 'daniel',
  dave: 'david',
  matt: 'matthew',
  nick: 'nicholas',
  ben: 'benjamin',
  sam: 'samuel',
  alex: 'alexander',
  andy: 'andrew',
  ed: 'edward',
  eddie: 'edward',
  pat: 'patrick',
  rick: 'richard',
  rich: 'richard',
  dick: 'richard',
  chuck: 'charles',
  charlie: 'charles',
  liz: 'elizabeth',
  beth: 'elizabeth',
  kate: 'katherine',
  katie: 'katherine',
  jen: 'jennifer',
  jenny: 'jennifer',
  larry: 'lawrence',
  greg: 'gregory',
  jeff: 'jeffrey',
  ken: 'kenneth',
  ron: 'ronald',
  don: 'donald',
  jon: 'jonathan',
  tim: 'timothy',
  bernie: 'bernard',
  gerry: 'gerald',
  jerry: 'gerald',
  fred: 'frederick',
  ted: 'theodore',
};

/** The full form of a lower-case first name ("mike" -> "michael"); other names unchanged. */
export function canonicalFirstName(first: string): string {
  return SHORT_FORMS[first] ?? first;
}
