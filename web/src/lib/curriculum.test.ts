import { describe, expect, it } from 'vitest';
import type { Curriculum } from './api';
import { daysLabel, fromForm, nextVersionLabel, phasesOf, toForm, validateForm } from './curriculum';

const curriculum: Curriculum = {
  version: { id: 1, number: 1, label: '2026-1', created_at: '2026-09-01T08:00:00Z', origin: 'import' },
  programme: { code: 'hr-support', name: 'Graduaat HR-support', institution: 'Thomas More', version: '2026-1', phases: 2, notes: '' },
  course_units: [
    { name: 'HR modellen', kind: 'professional_role', phase: 1, semester: 1 },
    { name: 'Mens en organisatie', kind: 'knowledge_frame', phase: 1, semester: 1 },
    { name: 'Werkplekleren: Expeditie HR', kind: 'workplace_learning', phase: 1, semester: 1, module: 'expeditie-hr' },
    { name: 'Werkplekleren: HR support', kind: 'workplace_learning', phase: 2, semester: 2, module: 'hr-support' },
  ],
  modules: [
    {
      code: 'expeditie-hr',
      name: 'Expeditie HR',
      phase: 1,
      quarters: [1],
      required_days: 12,
      description: 'Rotatie.',
      goals: ['Observeert gericht.', 'Neemt eigenaarschap op.'],
      may_share_workplace_with: [],
    },
    {
      code: 'hr-support',
      name: 'HR Support',
      phase: 2,
      quarters: [7, 8],
      required_days: 50,
      description: '',
      goals: ['Sluitstuk.'],
      may_share_workplace_with: ['expeditie-hr'],
    },
  ],
};

describe('the curriculum view', () => {
  it('groups course units by phase, semester and kind', () => {
    const phases = phasesOf(curriculum);
    expect(phases.map((p) => p.phase)).toEqual([1, 2]);
    expect(phases[0].semesters[0].groups.map((g) => g.label)).toEqual(['Professionele rollen', 'Kenniskaders', 'Werkplekleren']);
    expect(phases[0].semesters[1].groups).toEqual([]);
    expect(phases[1].semesters[1].groups[0].units[0].module).toBe('hr-support');
    expect(phases[1].modules.map((m) => m.code)).toEqual(['hr-support']);
  });

  it('writes days and the next version label', () => {
    expect(daysLabel(1)).toBe('1 dag');
    expect(daysLabel(12)).toBe('12 dagen');
    expect(nextVersionLabel('2026-1')).toBe('2026-2');
    expect(nextVersionLabel('v9')).toBe('v10');
    expect(nextVersionLabel('eerste')).toBe('eerste-2');
  });
});

describe('the curriculum editor', () => {
  it('round-trips through the form, keeping what the form does not edit', () => {
    const form = toForm(curriculum);
    expect(form.version).toBe('2026-2');
    form.modules[0].name = '  Expeditie HR (nieuw) ';
    form.modules[0].days = '14';
    form.modules[0].goals = ['Neemt eigenaarschap op.', ' Observeert gericht. '];
    const saved = fromForm(curriculum, form);
    expect(saved.version).toBeUndefined();
    expect(saved.programme).toEqual({ ...curriculum.programme, version: '2026-2' });
    expect(saved.modules[0]).toEqual({
      ...curriculum.modules[0],
      name: 'Expeditie HR (nieuw)',
      required_days: 14,
      goals: ['Neemt eigenaarschap op.', 'Observeert gericht.'],
    });
    expect(saved.modules[1]).toEqual(curriculum.modules[1]);
    expect(saved.course_units).toEqual(curriculum.course_units);
  });

  it('names every problem by the path the API uses', () => {
    const form = toForm(curriculum);
    form.name = ' ';
    form.modules[0].days = '0';
    form.modules[0].goals[1] = '';
    form.modules[1].goals = [];
    form.modules[1].days = '12,5';
    expect(validateForm(form)).toEqual({
      'programme.name': 'Vul de naam van de opleiding in.',
      'modules[0].required_days': 'Vul een geheel aantal dagen in, van 1 tot 366.',
      'modules[0].goals[1]': 'Vul de doelstelling in of verwijder ze.',
      'modules[1].required_days': 'Vul een geheel aantal dagen in, van 1 tot 366.',
      'modules[1].goals': 'Een module heeft minstens één doelstelling.',
    });
    expect(validateForm(toForm(curriculum))).toEqual({});
  });
});
