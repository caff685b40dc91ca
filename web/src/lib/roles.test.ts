import { describe, expect, it } from 'vitest';
import { ROLE_CODES, ROLE_INFO, mayOpen, navCurrent, navItems, roleName, sortedRoles } from './roles';

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
    expect(navItems(['student']).map((i) => i.path)).toEqual(['/', '/kalender']);
    expect(navItems(['ombuds']).map((i) => i.path)).toEqual(['/']);
    expect(navItems(['mentor']).map((i) => i.path)).toEqual(['/', '/kalender', '/mijn-profiel']);
    expect(navItems(['coordinator']).map((i) => i.path)).toEqual(['/', '/cohortes', '/werkplekken', '/opleidingen', '/audit']);
    expect(navItems(['programme_lead']).map((i) => i.path)).toEqual(['/', '/cohortes', '/werkplekken', '/opleidingen']);
    expect(navItems(['admin']).map((i) => i.path)).toEqual(['/', '/opleidingen', '/beheer/gebruikers', '/audit']);
  });

  it('guards pages with an id in the path by their pattern', () => {
    expect(mayOpen('/cohortes/3', ['supervisor'])).toBe(true);
    expect(mayOpen('/cohortes/3', ['student'])).toBe(false);
    expect(mayOpen('/cohortes/3/kalender', ['student'])).toBe(true);
    expect(mayOpen('/cohortes/3/kalender', ['ombuds'])).toBe(false);
    expect(mayOpen('/opleidingen/1/curriculum', ['programme_lead'])).toBe(true);
    expect(mayOpen('/opleidingen/1/curriculum', ['mentor'])).toBe(false);
    expect(mayOpen('/opleidingen/1/curriculum', ['admin'])).toBe(true);
    expect(mayOpen('/kalender', ['mentor'])).toBe(true);
    expect(mayOpen('/kalender', ['admin'])).toBe(false);
    expect(mayOpen('/werkplekken', ['supervisor'])).toBe(true);
    expect(mayOpen('/werkplekken', ['student'])).toBe(false);
    expect(mayOpen('/mijn-profiel', ['mentor'])).toBe(true);
    expect(mayOpen('/mijn-profiel', ['coordinator'])).toBe(false);
  });

  it('links the home cards of the new pages', () => {
    const paths = (code: keyof typeof ROLE_INFO) => ROLE_INFO[code].tasks.filter((t) => t.path).map((t) => t.path);
    expect(paths('student')).toContain('/kalender');
    expect(paths('mentor')).toEqual(expect.arrayContaining(['/kalender', '/mijn-profiel']));
    expect(paths('programme_lead')).toEqual(expect.arrayContaining(['/opleidingen', '/cohortes']));
    expect(paths('coordinator')).toEqual(expect.arrayContaining(['/opleidingen', '/cohortes', '/werkplekken', '/audit']));
    expect(paths('admin')).toContain('/opleidingen');
    for (const code of ROLE_CODES) {
      for (const task of ROLE_INFO[code].tasks) if (task.path) expect(mayOpen(task.path, [code])).toBe(true);
    }
  });

  it('marks the current navigation entry, also inside its section', () => {
    expect(navCurrent('/cohortes', '/cohortes')).toBe('page');
    expect(navCurrent('/cohortes', '/cohortes/4/kalender')).toBe('true');
    expect(navCurrent('/', '/cohortes')).toBeUndefined();
    expect(navCurrent('/kalender', '/kalenders')).toBeUndefined();
  });
});
