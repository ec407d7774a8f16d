// Every procedure × every role: the dispatcher lets a role through exactly when the role's
// permissions (electron/api/contract/permissions.ts) include what the procedure declares.
import { describe, expect, it } from 'vitest';
import { PROCEDURE_NAMES, procedures } from '../../electron/api/contract';
import { PERMISSIONS, ROLE_PERMISSIONS, STAFF_ROLES } from '../../electron/api/contract/permissions';
import { reachOnlyDispatcher } from '../support/fake-dispatch';

describe('permission matrix', () => {
  it('every procedure declares a known permission', () => {
    for (const name of PROCEDURE_NAMES) {
      const permission = procedures[name].permission;
      expect(['public', 'session', ...PERMISSIONS], name).toContain(permission);
    }
  });

  it('every permission is granted to at least one role (no dead permissions)', () => {
    const granted = new Set(Object.values(ROLE_PERMISSIONS).flat());
    const used = new Set(PROCEDURE_NAMES.map((n) => procedures[n].permission));
    for (const permission of PERMISSIONS) {
      if (used.has(permission)) expect(granted.has(permission), permission).toBe(true);
    }
  });

  for (const role of STAFF_ROLES) {
    it(`${role}: allowed exactly where the matrix says`, async () => {
      const { dispatcher, caller, signIn } = reachOnlyDispatcher();
      const session = signIn([role]);
      const mismatches: string[] = [];
      for (const name of PROCEDURE_NAMES) {
        const { permission } = procedures[name];
        const allowed = permission === 'public' || permission === 'session' || ROLE_PERMISSIONS[role].includes(permission);
        const result = await dispatcher.call(name, {}, caller(session.id));
        const forbidden = !result.ok && result.error.code === 'FORBIDDEN';
        if (forbidden === allowed) mismatches.push(`${name} (${permission}): ${allowed ? 'should be allowed' : 'should be FORBIDDEN'}, got ${result.ok ? 'ok' : result.error.code}`);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('without a session only public procedures are reachable', async () => {
    const { dispatcher, caller } = reachOnlyDispatcher();
    for (const name of PROCEDURE_NAMES) {
      const result = await dispatcher.call(name, {}, caller(null));
      if (procedures[name].permission === 'public') expect(result.ok || result.error.code !== 'UNAUTHENTICATED', name).toBe(true);
      else expect(result.ok ? 'ok' : result.error.code, name).toBe('UNAUTHENTICATED');
    }
  });

  it('segregation of duties: admins cannot approve money or decide content', () => {
    for (const permission of ['payouts.approve', 'refunds.approve', 'moderation.decide'] as const) {
      expect(ROLE_PERMISSIONS.admin).not.toContain(permission);
    }
  });
});
