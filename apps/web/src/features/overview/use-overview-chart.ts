import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { colorSlotsFor } from '../../lib/palette';
import { useTRPC } from '../../lib/trpc';
import { DEFAULT_BUCKET, inViewInput, overviewFilters, pickedInput, timelineInput, type OverviewSearch } from './overview-search';
import { mergeTimelines, shapeTimeline } from './shape-timeline';
import type { PickedSpeaker } from './speaker-picker';

/**
 * The overview chart's data: the top speakers, the chosen ones and every claim in view (three queries
 * the route's loader starts too), merged into one shaped timeline, with the chosen speakers' names and
 * the colour slots of everyone shown.
 */
export function useOverviewChart(search: OverviewSearch) {
  const trpc = useTRPC();
  const filters = overviewFilters(search);
  const bucket = search.bucket ?? DEFAULT_BUCKET;
  const topIn = timelineInput(search);
  const pickIn = pickedInput(search);
  const top = useQuery({
    ...trpc.stats.timeline.queryOptions(topIn ?? { bucket }),
    enabled: topIn !== null,
    placeholderData: keepPreviousData,
  });
  const picked = useQuery({
    ...trpc.stats.timeline.queryOptions(pickIn ?? { bucket }),
    enabled: pickIn !== null,
    placeholderData: keepPreviousData,
  });
  const inView = useQuery({ ...trpc.stats.inView.queryOptions(inViewInput(search)), placeholderData: keepPreviousData });

  // A chosen speaker with no claim in view is not in the picked timeline: its name comes from its page.
  const pickIds = search.pick ?? [];
  const named = new Map<string, PickedSpeaker>((pickIn && picked.data ? picked.data.series : []).map((s) => [s.source.id, s.source]));
  const missing = pickIn && picked.isSuccess ? pickIds.filter((id) => !named.has(id)) : [];
  const details = useQueries({ queries: missing.map((id) => trpc.sources.byId.queryOptions({ id })) });
  for (const d of details)
    if (d.data) named.set(d.data.source.id, { id: d.data.source.id, name: d.data.source.name, kind: d.data.source.kind });
  const pickedKey = JSON.stringify(pickIds.map((id) => named.get(id) ?? { id, name: 'Loading…', kind: 'unknown' }));
  // Parsed back from its key so it changes only when a chosen id or name does, not on every render.
  const pickedSpeakers = useMemo(() => JSON.parse(pickedKey) as PickedSpeaker[], [pickedKey]);

  const topData = topIn ? top.data : undefined;
  const pickedData = pickIn ? picked.data : undefined;
  const waiting = (topIn !== null && !topData) || (pickIn !== null && !pickedData);
  const shaped = useMemo(
    () =>
      waiting
        ? undefined
        : shapeTimeline(mergeTimelines(bucket, pickedSpeakers, pickedData, topData), { from: filters.from, to: filters.to }, inView.data),
    [waiting, bucket, pickedSpeakers, pickedData, topData, inView.data, filters.from, filters.to],
  );
  const slots = useMemo(() => colorSlotsFor(shaped?.lanes.map((l) => l.source.id) ?? []), [shaped]);
  const active = [topIn ? top : null, pickIn ? picked : null].filter((q) => q !== null);
  return {
    shaped,
    slots,
    pickedSpeakers,
    isPending: active.some((q) => q.isPending),
    isFetching: active.some((q) => q.isFetching) || inView.isFetching,
    error: active.find((q) => q.isError)?.error ?? null,
    refetch: () => active.forEach((q) => void q.refetch()),
  };
}
