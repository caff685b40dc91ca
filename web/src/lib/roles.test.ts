import { describe, expect, it } from 'vitest';
import { ROLE_CODES, ROLE_INFO, mayOpen, navItems, roleName, sortedRoles } from './roles';

describe('roles', () => {
  it('has a Dutch name for every role code', () => {
    expect(roleName('supervisor')).toBe('Werkplekbegeleider');
    expect(roleName('coordinator')).toBe('Werkplekcoördinator');
    expect(roleName('programme_lead')).toBe('Opleidingscoördinator');
    expect(roleName('ombuds')).toBe('Ombudsdienst');
    expect(roleName('admin')).toBe('Beheerder');
    expect(roleName('onbekend')).toBe('onbekend');
  });

  it('describes every role with at least one task', () => {
    for (const code of ROLE_CODES) {
      expect(ROLE_INFO[code].summary.length).toBeGreaterThan(10);
      expect(ROLE_INFO[code].tasks.length).toBeGreaterThan(0);
    }
  });

  it('orders roles the same way for everyone and drops unknown codes', () => {
    expect(sortedRoles(['admin', 'x', 'student'])).toEqual(['student', 'admin']);
  });

  it('shows the users page only to administrators', () => {
    expect(mayOpen('/beheer/gebruikers', ['admin'])).toBe(true);
    expect(mayOpen('/beheer/gebruikers', ['coordinator'])).toBe(false);
  });

  it('shows the audit trail to coordinators and administrators', () => {
    expect(mayOpen('/audit', ['coordinator'])).toBe(true);
    expect(mayOpen('/audit', ['admin'])).toBe(true);
    expect(mayOpen('/audit', ['student', 'mentor'])).toBe(false);
  });

  it('lists only the pages a user may open in the navigation', () => {
    expect(navItems(['student']).map((i) => i.path)).toEqual(['/']);
    expect(navItems(['coordinator']).map((i) => i.path)).toEqual(['/', '/audit']);
    expect(navItems(['admin']).map((i) => i.path)).toEqual(['/', '/beheer/gebruikers', '/audit']);
  });
});
