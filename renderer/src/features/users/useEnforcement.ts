// The three account actions as mutations that refresh everything they affect (the user, the
// search results, the audit views) and confirm with the new status and the audit sequence.
import type { EnforcementResult, UserDetail } from '@contract/users';
import type { ProcedureName } from '@contract/index';
import { useApiMutation } from '../../api/hooks';
import { useSession } from '../../app/session';
import { plural } from '../../lib/format';
import { toast } from '../../ui/toast-store';
import { STATUS_LABELS } from './labels';

const INVALIDATES: ProcedureName[] = ['users.get', 'users.search', 'audit.list', 'audit.forTarget'];

export function useEnforcement(user: Pick<UserDetail, 'id' | 'username'>, onDone: () => void) {
  const { can } = useSession();
  const confirm = (result: EnforcementResult) => {
    onDone();
    toast.success(`@${user.username} is now ${STATUS_LABELS[result.status].toLowerCase()}`, {
      description: [`Audit #${result.auditSeq}`, result.sessionsRevoked > 0 ? `${plural(result.sessionsRevoked, 'session')} revoked` : null, 'the user was notified'].filter(Boolean).join(' · '),
      action: can('audit.read') ? { label: `Audit #${result.auditSeq}`, href: `#/audit?targetId=${encodeURIComponent(user.id)}` } : undefined,
    });
  };
  return {
    suspend: useApiMutation('users.suspend', { invalidates: INVALIDATES, onSuccess: confirm }),
    ban: useApiMutation('users.ban', { invalidates: INVALIDATES, onSuccess: confirm }),
    lift: useApiMutation('users.lift', { invalidates: INVALIDATES, onSuccess: confirm }),
  };
}
