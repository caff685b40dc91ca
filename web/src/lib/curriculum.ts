// The curriculum as shown (phases → semesters → course units; modules) and
// as edited (a form model with text inputs, turned back into the API shape).

import type { CourseUnit, Curriculum, Module } from './api';
import type { FieldErrors } from './fields';

export const KIND_LABELS: Record<string, string> = {
  professional_role: 'Professionele rollen',
  knowledge_frame: 'Kenniskaders',
  workplace_learning: 'Werkplekleren',
};

export const KIND_ORDER = ['professional_role', 'knowledge_frame', 'workplace_learning'];

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

export interface UnitGroup {
  kind: string;
  label: string;
  units: CourseUnit[];
}

export interface SemesterView {
  semester: number;
  groups: UnitGroup[];
}

export interface PhaseView {
  phase: number;
  semesters: SemesterView[];
  modules: Module[];
}

/** Phases 1..n, each with semesters 1–2 and their units grouped by kind, and the phase's modules. */
export function phasesOf(curriculum: Curriculum): PhaseView[] {
  const count = Math.max(
    curriculum.programme.phases || 0,
    ...curriculum.course_units.map((u) => u.phase),
    ...curriculum.modules.map((m) => m.phase),
    0,
  );
  const phases: PhaseView[] = [];
  for (let phase = 1; phase <= count; phase++) {
    const semesters: SemesterView[] = [];
    for (const semester of [1, 2]) {
      const units = curriculum.course_units.filter((u) => u.phase === phase && u.semester === semester);
      const kinds = [...KIND_ORDER, ...new Set(units.map((u) => u.kind).filter((k) => !KIND_ORDER.includes(k)))];
      const groups = kinds
        .map((kind) => ({ kind, label: kindLabel(kind), units: units.filter((u) => u.kind === kind) }))
        .filter((g) => g.units.length);
      semesters.push({ semester, groups });
    }
    phases.push({ phase, semesters, modules: curriculum.modules.filter((m) => m.phase === phase) });
  }
  return phases;
}

/** "12" → "12 dagen", "1" → "1 dag". */
export function daysLabel(days: number): string {
  return days === 1 ? '1 dag' : `${days} dagen`;
}

/** "2026-1" → "2026-2"; "v3" → "v4"; no number at the end → "<label>-2". */
export function nextVersionLabel(label: string): string {
  const match = /^(.*?)(\d+)$/.exec(label.trim());
  if (!match) return label.trim() ? `${label.trim()}-2` : '';
  return `${match[1]}${Number(match[2]) + 1}`;
}

// --- the editor's form model -----------------------------------------------------

export interface ModuleForm {
  name: string;
  days: string;
  description: string;
  goals: string[];
}

export interface CurriculumForm {
  name: string;
  version: string;
  notes: string;
  modules: ModuleForm[];
}

export function toForm(curriculum: Curriculum): CurriculumForm {
  return {
    name: curriculum.programme.name,
    version: nextVersionLabel(curriculum.programme.version),
    notes: curriculum.programme.notes,
    modules: curriculum.modules.map((m) => ({
      name: m.name,
      days: String(m.required_days),
      description: m.description,
      goals: [...m.goals],
    })),
  };
}

/** Checks what the browser can check; the server checks everything again. */
export function validateForm(form: CurriculumForm): FieldErrors {
  const fields: FieldErrors = {};
  if (!form.name.trim()) fields['programme.name'] = 'Vul de naam van de opleiding in.';
  if (!form.version.trim()) fields['programme.version'] = 'Vul een versielabel in, bijvoorbeeld 2026-2.';
  form.modules.forEach((m, i) => {
    if (!m.name.trim()) fields[`modules[${i}].name`] = 'Vul een naam in.';
    const days = m.days.trim();
    if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 366) {
      fields[`modules[${i}].required_days`] = 'Vul een geheel aantal dagen in, van 1 tot 366.';
    }
    if (m.goals.length === 0) fields[`modules[${i}].goals`] = 'Een module heeft minstens één doelstelling.';
    m.goals.forEach((goal, j) => {
      if (!goal.trim()) fields[`modules[${i}].goals[${j}]`] = 'Vul de doelstelling in of verwijder ze.';
      else if (goal.trim().length > 500) fields[`modules[${i}].goals[${j}]`] = 'Een doelstelling is hoogstens 500 tekens lang.';
    });
  });
  return fields;
}

/** The edited curriculum in the API's shape; what the form does not edit stays as it was. */
export function fromForm(original: Curriculum, form: CurriculumForm): Curriculum {
  return {
    programme: {
      ...original.programme,
      name: form.name.trim(),
      version: form.version.trim(),
      notes: form.notes.trim(),
    },
    course_units: original.course_units.map((u) => ({ ...u })),
    modules: original.modules.map((m, i) => {
      const edited = form.modules[i];
      if (!edited) return { ...m };
      const days = Number(edited.days.trim());
      return {
        ...m,
        quarters: [...m.quarters],
        may_share_workplace_with: [...m.may_share_workplace_with],
        name: edited.name.trim(),
        required_days: Number.isFinite(days) ? days : m.required_days,
        description: edited.description.trim(),
        goals: edited.goals.map((g) => g.trim()),
      };
    }),
  };
}
