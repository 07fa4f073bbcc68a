import type { Mention } from '../document';
import { anonymousAntecedent } from './anonymous-antecedent';
import type { ResolveContext } from './context';
import { resolveName } from './resolve-name';
import { resolveNominal } from './nominal';
import { resolvePronoun } from './pronoun';
import { addEntity } from './registry';

/** The entity a speaker mention names, by the kind of mention: one exhaustive switch. */
export function resolveMention(ctx: ResolveContext, m: Mention): number | null {
  switch (m.kind) {
    case 'name':
      return resolveName(ctx, m);
    case 'pronoun':
      return resolvePronoun(ctx, m);
    case 'anonymous':
      return resolveAnonymous(ctx, m);
    case 'nominal':
      return resolveNominal(ctx, m);
  }
}

function resolveAnonymous(ctx: ResolveContext, m: Mention): number {
  // "the sources", "two sources": the group the text described before, with its description.
  const group = anonymousAntecedent(() => ctx.anonymous, m.start, m.text);
  if (group !== null) return addEntity(ctx, group.descriptor, 'anonymous', m.start, m.text, null);
  return addEntity(
    ctx,
    // ("one in five respondents" keeps its share, "Some of Clinton’s longtime allies" its part.)
    m.text.replace(/^(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|other|several|some)\s+(?!(?:in|of)\s)/i, ''),
    'anonymous',
    m.start,
    m.text,
    null,
  );
}
