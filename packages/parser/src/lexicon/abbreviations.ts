/** Abbreviations whose final period does not end a sentence ("Mr. Smith", "Feb. 26", "Gov. Moe"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'rev', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpl', 'cst',
  'gov', 'sen', 'rep', 'hon', 'pres', 'supt', 'insp', 'det', 'const', 'adm', 'maj', 'fr', 'mt', 'ft', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed',
  'thu', 'fri', 'sat', 'sun', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'bros', 'dept', 'est', 'approx', 'ave',
  'blvd', 'rd', 'vol', 'pp', 'ph', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'op', 'al', 'lbs', 'lb',
  'kg', 'km', 'oz', 'mph', 'sq', 'ltd', 'gov', 'atty', 'assn', 'univ', 'ont', 'que', 'alta', 'sask', 'man', 'calif',
  'fla', 'mass', 'wash', 'penn', 'pa', 'ill', 'mich', 'minn', 'tenn', 'ky', 'ariz', 'colo', 'conn', 'okla', 'ore',
]);
