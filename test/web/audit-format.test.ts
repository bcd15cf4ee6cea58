import { describe, expect, it } from 'vitest';
import { formatTimestamp, summariseDetails } from '#web/pages/admin/format';
import { AUDIT_ACTIONS } from '#shared/api/audit-actions';
import en from '../../web/src/i18n/en/admin.json';
import sv from '../../web/src/i18n/sv/admin.json';

describe('the audit log presentation', () => {
  it('shows a time short and in Swedish', () => {
    const at = new Date(2026, 11, 1, 13, 5).toISOString(); // local time, as the browser shows it
    expect(formatTimestamp(at, 'sv')).toMatch(/^1 dec\.? 2026 13:05$/);
  });

  it('summarises details as key–value lines, spreading one level and shortening lists', () => {
    expect(
      summariseDetails({
        year: 2026,
        changes: { contactEmail: 'a@example.se', parentId: null },
        roles: [{ role: 'respondent', organisationId: 7 }],
        codes: ['01', '02', '03', '04', '05', '06', '07'],
        ok: true,
      }),
    ).toEqual([
      { key: 'year', value: '2026', more: 0 },
      { key: 'changes.contactEmail', value: 'a@example.se', more: 0 },
      { key: 'changes.parentId', value: '', more: 0 },
      { key: 'roles', value: 'role respondent, organisationId 7', more: 0 },
      { key: 'codes', value: '01, 02, 03, 04, 05', more: 2 },
      { key: 'ok', value: 'true', more: 0 },
    ]);
  });

  it('has a phrase for every action in both languages', () => {
    const phrase = (actions: Record<string, Record<string, string>>, action: string) => {
      const [group, name] = action.split('.') as [string, string];
      return actions[group]?.[name];
    };
    for (const action of AUDIT_ACTIONS) {
      expect(phrase(sv.audit.actions, action), action).toBeTruthy();
      expect(phrase(en.audit.actions, action), action).toBeTruthy();
    }
  });
});
