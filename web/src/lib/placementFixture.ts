// A placement for unit tests: Lotte's Payroll request at HR Partners; override what a test is about.
import type { Placement } from './placementApi';

export function placement(overrides: Partial<Placement> = {}): Placement {
  return {
    id: 1,
    cohort: { id: 1, name: 'HR-support 2026–2027', academic_year: '2026-2027' },
    student: { id: 10, name: 'Lotte Peeters' },
    module: { code: 'payroll', name: 'Payroll' },
    organisation: { id: 1, name: 'HR Partners', proposed: { name: '', city: '' } },
    mentor: {
      id: null,
      name: 'Sofie Janssens',
      email: 'sofie@hrpartners.be',
      proposed: { name: 'Sofie Janssens', email: 'sofie@hrpartners.be', phone: '' },
    },
    supervisor: null,
    status: 'requested',
    status_name: 'Aangevraagd',
    tasks: [],
    domains_covered: 0,
    domains_total: 7,
    motivation: '',
    reuse_conflicts: [],
    reuse_override_reason: '',
    first_day: '2027-04-20',
    last_day: '2027-06-02',
    planned_days: 13,
    blockers: [],
    agreement: null,
    signatures: { student: null, organisation: null, school: null },
    risk_analysis: { on_file: true, valid_until: '2027-08-31' },
    dimona: null,
    history: [],
    created_at: '2026-11-20T10:00:00Z',
    updated_at: '2026-11-20T10:00:00Z',
    ...overrides,
  };
}
