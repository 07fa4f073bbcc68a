import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTRPC } from '../../lib/trpc';

/** A link to the source that relays a quote, named once its record loads. */
export function RelayName({ id }: { id: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.sources.byId.queryOptions({ id }));
  return (
    <Link to="/speakers/$id" params={{ id }}>
      {query.data?.source.name ?? 'relaying source'}
    </Link>
  );
}
