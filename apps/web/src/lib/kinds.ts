import type { QuoteKind, SourceKind } from '@claimline/schema';

// Listed here as type-checked constants rather than read from the zod enums at run time, so the
// overview route does not pull zod into its bundle; `Exhaustive` fails to compile if the schema grows.
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;

/** Every quote kind, in display order. */
export const QUOTE_KINDS = ['direct', 'indirect', 'mixed'] as const satisfies readonly QuoteKind[];
/** Every source kind, in display order. */
export const SOURCE_KINDS = ['person', 'organization', 'media', 'anonymous', 'unknown'] as const satisfies readonly SourceKind[];

const quoteKindsComplete: Exhaustive<QuoteKind, (typeof QUOTE_KINDS)[number]> = true;
const sourceKindsComplete: Exhaustive<SourceKind, (typeof SOURCE_KINDS)[number]> = true;
void quoteKindsComplete;
void sourceKindsComplete;

/** Time buckets the timeline groups claims into. */
export const BUCKETS = ['day', 'week', 'month'] as const;
/** A timeline bucket size. */
export type Bucket = (typeof BUCKETS)[number];

/** True when `value` is one of `allowed`; narrows it. */
export function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
