import type { Source, SourceKind } from '@claimline/schema';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { SOURCE_KINDS } from '../../lib/kinds';
import { useTRPC } from '../../lib/trpc';
import { MutationError } from '../layout/mutation-error';
import { useRefreshEverything } from './use-correction';

/** An analyst's correction of a speaker's name, kind and roles; it survives re-parsing. */
export function EditSpeaker({ source }: { source: Source }) {
  const trpc = useTRPC();
  const refresh = useRefreshEverything();
  const [name, setName] = useState(source.name);
  const [kind, setKind] = useState<SourceKind>(source.kind);
  const [roles, setRoles] = useState(source.roles.join('; '));
  const update = useMutation(trpc.sources.update.mutationOptions({ onSuccess: () => refresh() }));
  return (
    <form
      className="corrections"
      aria-label="Edit this speaker"
      onSubmit={(e) => {
        e.preventDefault();
        const roleList = roles
          .split(';')
          .map((r) => r.trim())
          .filter(Boolean);
        update.mutate({ id: source.id, name: name.trim(), kind, roles: roleList });
      }}
    >
      <h3>Edit speaker</h3>
      <div className="field">
        <label htmlFor="edit-name">Name</label>
        <input id="edit-name" value={name} required onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="edit-kind">Kind</label>
        <select id="edit-kind" value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="edit-roles">Roles (separate with ;)</label>
        <input id="edit-roles" value={roles} onChange={(e) => setRoles(e.target.value)} />
      </div>
      <button type="submit" disabled={update.isPending || name.trim() === ''}>
        Save speaker
      </button>
      {update.isError ? <MutationError error={update.error} action="Not saved" /> : null}
      <p role="status" className="muted">
        {update.isSuccess ? 'Saved.' : ''}
      </p>
    </form>
  );
}
