import { describe, expect, it } from 'vitest';
import { actionLabel, diffSnapshots, entityLabel, fieldLabel, formatValue } from './audit';

describe('audit labels', () => {
  it('translates known actions and keeps unknown codes', () => {
    expect(actionLabel('user.created')).toBe('Gebruiker aangemaakt');
    expect(actionLabel('session.created')).toBe('Aangemeld');
    expect(actionLabel('placement.approved')).toBe('Werkplekaanvraag goedgekeurd');
    expect(actionLabel('dimona.recorded')).toBe('Dimona-aangifte geregistreerd');
    expect(actionLabel('rotation_plan.planned')).toBe('Rotatie gepland (R14)');
    expect(actionLabel('rotation_plan.adjusted')).toBe('Rotatie met de hand aangepast');
    expect(actionLabel('rotation_plan.published')).toBe('Rotatie gepubliceerd');
    expect(actionLabel('grouping.formed')).toBe('Groepen gevormd (R15)');
    expect(actionLabel('grouping.adjusted')).toBe('Groepen met de hand aangepast');
    expect(actionLabel('grouping.published')).toBe('Groepen gepubliceerd');
    expect(actionLabel('logbook.entry_added')).toBe('logbook.entry_added');
  });

  it('shows role codes by their Dutch names and booleans as ja/nee', () => {
    expect(formatValue('roles', ['student', 'admin'])).toBe('Student, Beheerder');
    expect(formatValue('active', false)).toBe('nee');
    expect(formatValue('x', null)).toBe('—');
    expect(formatValue('hours', 7.5)).toBe('7,5');
  });
});

describe('audit diff', () => {
  it('lists every field of a creation as added', () => {
    const lines = diffSnapshots(null, { name: 'Lotte', active: true });
    expect(lines).toEqual([
      { field: 'name', label: 'naam', kind: 'added', after: 'Lotte' },
      { field: 'active', label: 'actief', kind: 'added', after: 'ja' },
    ]);
  });

  it('lists only changed fields of an update', () => {
    const lines = diffSnapshots(
      { name: 'Lotte', roles: ['student'], active: true },
      { name: 'Lotte', roles: ['student', 'mentor'], active: false },
    );
    expect(lines.map((l) => [l.field, l.kind, l.before, l.after])).toEqual([
      ['roles', 'changed', 'Student', 'Student, Mentor'],
      ['active', 'changed', 'ja', 'nee'],
    ]);
  });

  it('lists fields of a removal as removed', () => {
    expect(diffSnapshots({ email: 'a@b.be' }, null)).toEqual([
      { field: 'email', label: 'e-mail', kind: 'removed', before: 'a@b.be' },
    ]);
  });

  it('is empty when nothing is known', () => {
    expect(diffSnapshots(null, null)).toEqual([]);
  });
});

describe('formatValue with server snapshots', () => {
  it('shows text booleans as ja/nee and role codes by their Dutch names', () => {
    expect(formatValue('active', 'true')).toBe('ja');
    expect(formatValue('active', 'false')).toBe('nee');
    expect(formatValue('roles', 'supervisor,coordinator')).toBe('Werkplekbegeleider, Werkplekcoördinator');
    expect(formatValue('roles', '')).toBe('—');
  });
});

describe('audit labels for curricula, cohorts and the calendar', () => {
  it('names the new actions and fields in Dutch', () => {
    expect(actionLabel('calendar.changed_after_start')).toBe('Werkplekdagen gewijzigd na de start');
    expect(actionLabel('curriculum.imported')).toBe('Curriculum geïmporteerd');
    expect(entityLabel('cohort')).toBe('Cohorte');
    expect(fieldLabel('contact2')).toBe('contactpersoon 2');
    expect(fieldLabel('academic_year')).toBe('academiejaar');
  });
});
