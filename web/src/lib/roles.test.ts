import { describe, expect, it } from 'vitest';
import { ROLE_CODES, ROLE_INFO, absenceReportPath, absencesPath, evaluationPath, logbookPath, mayOpen, rubricPath, rubricsPath, mayPlanModules, navCurrent, navItems, roleName, sortedRoles } from './roles';

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
    expect(navItems(['student']).map((i) => i.path)).toEqual(['/vandaag', '/', '/kalender', '/plaatsingen']);
    expect(navItems(['ombuds']).map((i) => i.path)).toEqual(['/', '/ziekteattesten']);
    expect(navItems(['mentor']).map((i) => i.path)).toEqual(['/', '/nakijken', '/kalender', '/plaatsingen', '/mijn-profiel']);
    expect(navItems(['supervisor']).map((i) => i.path)).toEqual([
      '/',
      '/plaatsingen',
      '/begeleiding',
      '/mijn-studenten',
      '/voortgang',
      '/afwezigheden',
      '/cohortes',
      '/werkplekken',
      '/planning',
    ]);
    expect(navItems(['coordinator']).map((i) => i.path)).toEqual([
      '/',
      '/plaatsingen',
      '/voortgang',
      '/afwezigheden',
      '/cohortes',
      '/werkplekken',
      '/planning',
      '/opleidingen',
      '/audit',
    ]);
    expect(navItems(['programme_lead']).map((i) => i.path)).toEqual([
      '/',
      '/plaatsingen',
      '/voortgang',
      '/afwezigheden',
      '/cohortes',
      '/werkplekken',
      '/planning',
      '/opleidingen',
      '/rubrics',
    ]);
    expect(navItems(['admin']).map((i) => i.path)).toEqual(['/', '/opleidingen', '/beheer/gebruikers', '/audit']);
  });

  it('opens the evaluation for everyone who reads the placement, Mijn studenten for supervisors, rubrics for staff', () => {
    expect(evaluationPath(5)).toBe('/evaluatie/5');
    for (const role of ['student', 'mentor', 'supervisor', 'coordinator', 'programme_lead']) expect(mayOpen('/evaluatie/5', [role])).toBe(true);
    expect(mayOpen('/evaluatie/5', ['ombuds'])).toBe(false);
    expect(mayOpen('/mijn-studenten', ['supervisor'])).toBe(true);
    expect(mayOpen('/mijn-studenten', ['mentor'])).toBe(false);
    expect(rubricsPath(1)).toBe('/rubrics?opleiding=1');
    expect(rubricPath(1, 'hr-support')).toBe('/rubrics/1?module=hr-support');
    expect(mayOpen('/rubrics/1', ['coordinator'])).toBe(true);
    expect(mayOpen('/rubrics', ['student'])).toBe(false);
  });

  it('calls the placements "Werkplekken" and the register "Werkplekregister"', () => {
    const labels = navItems(['coordinator']).map((i) => i.label);
    expect(labels).toContain('Werkplekken');
    expect(labels).toContain('Werkplekregister');
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('lets students and the coordinator request placements; everyone involved reads them', () => {
    for (const role of ['student', 'mentor', 'supervisor', 'coordinator', 'programme_lead']) {
      expect(mayOpen('/plaatsingen', [role])).toBe(true);
      expect(mayOpen('/plaatsingen/12', [role])).toBe(true);
    }
    expect(mayOpen('/plaatsingen', ['ombuds'])).toBe(false);
    expect(mayOpen('/plaatsingen/12', ['admin'])).toBe(false);
    expect(mayOpen('/plaatsingen/aanvragen', ['student'])).toBe(true);
    expect(mayOpen('/plaatsingen/aanvragen', ['coordinator'])).toBe(true);
    expect(mayOpen('/plaatsingen/aanvragen', ['mentor'])).toBe(false);
    expect(mayOpen('/plaatsingen/12/wijzigen', ['student'])).toBe(true);
    expect(mayOpen('/plaatsingen/12/wijzigen', ['programme_lead'])).toBe(false);
  });

  it('shows the planning to programme staff; only the coordinator plans', () => {
    for (const role of ['coordinator', 'supervisor', 'programme_lead']) expect(mayOpen('/planning', [role])).toBe(true);
    for (const role of ['student', 'mentor', 'ombuds', 'admin']) expect(mayOpen('/planning', [role])).toBe(false);
    expect(mayPlanModules(['coordinator'])).toBe(true);
    expect(mayPlanModules(['supervisor', 'programme_lead'])).toBe(false);
    expect(navItems(['coordinator']).find((i) => i.path === '/planning')?.label).toBe('Planning');
  });

  it('gives the student "Vandaag" first, the mentor "Nakijken" with a counter, staff "Voortgang"', () => {
    expect(navItems(['student'])[0]).toEqual({ path: '/vandaag', label: 'Vandaag' });
    expect(navItems(['mentor']).find((i) => i.path === '/nakijken')).toEqual({
      path: '/nakijken',
      label: 'Nakijken',
      counter: 'review',
    });
    for (const role of ['supervisor', 'coordinator', 'programme_lead']) {
      expect(navItems([role]).find((i) => i.path === '/voortgang')?.label).toBe('Voortgang');
      expect(mayOpen('/voortgang', [role])).toBe(true);
    }
    for (const role of ['student', 'mentor', 'ombuds', 'admin']) expect(mayOpen('/voortgang', [role])).toBe(false);
    expect(mayOpen('/vandaag', ['student'])).toBe(true);
    expect(mayOpen('/vandaag', ['mentor'])).toBe(false);
    expect(mayOpen('/nakijken', ['mentor'])).toBe(true);
    expect(mayOpen('/nakijken', ['student', 'coordinator'])).toBe(false);
  });

  it('shows the absences to programme staff and the certificates to the ombudsdienst', () => {
    for (const role of ['supervisor', 'coordinator', 'programme_lead']) expect(mayOpen('/afwezigheden', [role])).toBe(true);
    for (const role of ['student', 'mentor', 'ombuds', 'admin']) expect(mayOpen('/afwezigheden', [role])).toBe(false);
    expect(mayOpen('/ziekteattesten', ['ombuds'])).toBe(true);
    for (const role of ['student', 'mentor', 'coordinator', 'admin']) expect(mayOpen('/ziekteattesten', [role])).toBe(false);
    expect(navItems(['coordinator']).find((i) => i.path === '/afwezigheden')?.label).toBe('Afwezigheden');
    expect(navItems(['ombuds']).find((i) => i.path === '/ziekteattesten')?.label).toBe('Ziekteattesten');
    expect(absencesPath(3)).toBe('/afwezigheden?cohorte=3');
    expect(absencesPath()).toBe('/afwezigheden');
    expect(absenceReportPath(12, 'ziekte')).toBe('/logboek/12?melden=ziekte');
    expect(ROLE_INFO.ombuds.tasks.find((t) => t.title === 'Ziekteattesten')?.path).toBe('/ziekteattesten');
    expect(ROLE_INFO.student.tasks.find((t) => t.title === 'Ziekte melden')?.path).toBe('/vandaag');
  });

  it('lets everyone involved in a placement open its logbook', () => {
    for (const role of ['student', 'mentor', 'supervisor', 'coordinator', 'programme_lead']) {
      expect(mayOpen('/logboek/12', [role])).toBe(true);
    }
    for (const role of ['ombuds', 'admin']) expect(mayOpen('/logboek/12', [role])).toBe(false);
    expect(logbookPath(12)).toBe('/logboek/12');
    expect(logbookPath(12, '2027-02-09')).toBe('/logboek/12?dag=2027-02-09');
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
    expect(paths('student')).toEqual(expect.arrayContaining(['/vandaag', '/kalender', '/plaatsingen']));
    expect(paths('mentor')).toEqual(expect.arrayContaining(['/nakijken', '/kalender', '/mijn-profiel', '/plaatsingen']));
    expect(paths('supervisor')).toEqual(expect.arrayContaining(['/plaatsingen', '/planning', '/begeleiding']));
    expect(mayOpen('/begeleiding', ['coordinator'])).toBe(false);
    expect(paths('programme_lead')).toContain('/planning');
    expect(paths('programme_lead')).toEqual(expect.arrayContaining(['/opleidingen', '/cohortes']));
    expect(paths('coordinator')).toEqual(
      expect.arrayContaining(['/opleidingen', '/cohortes', '/werkplekken', '/plaatsingen', '/planning', '/audit']),
    );
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
