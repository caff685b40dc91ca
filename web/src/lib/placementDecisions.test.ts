import { describe, expect, it } from 'vitest';
import {
  buildDecisionBody,
  decisionDraftFor,
  isAcademicYear,
  moduleNames,
  pdfProblem,
  validateDecision,
  validateDimona,
  validateSignatures,
} from './placementDecisions';
import { placement } from './placementFixture';

describe('the coordinator’s decision (R13)', () => {
  it('invites the proposed mentor by default and needs an organisation from the register', () => {
    const p = placement({ organisation: { id: null, name: 'Nieuw', proposed: { name: 'Nieuw', city: 'Gent' } } });
    const draft = decisionDraftFor(p);
    expect(draft.mentorMode).toBe('invite');
    draft.decision = 'approve';
    expect(validateDecision(draft, p)).toEqual({ organisation_id: 'Kies de werkplek uit het register.' });
    draft.organisationId = 4;
    expect(buildDecisionBody(draft, p)).toEqual({ decision: 'approve', organisation_id: 4, invite_proposed_mentor: true });
  });

  it('asks for a reason of at least 10 characters when the workplace is reused', () => {
    const p = placement({ reuse_conflicts: ['instroom'] });
    const draft = { ...decisionDraftFor(p), decision: 'approve' as const, overrideReason: 'kort' };
    expect(Object.keys(validateDecision(draft, p))).toEqual(['override_reason']);
    draft.overrideReason = 'Enige sociaal secretariaat in de regio.';
    expect(validateDecision(draft, p)).toEqual({});
    expect(buildDecisionBody(draft, p).override_reason).toBe('Enige sociaal secretariaat in de regio.');
  });

  it('needs a comment to reject or send back, and sends nothing else', () => {
    const p = placement();
    const draft = { ...decisionDraftFor(p), decision: 'send_back' as const, comment: 'nee' };
    expect(Object.keys(validateDecision(draft, p))).toEqual(['comment']);
    draft.comment = 'Voeg payrolltaken toe.';
    expect(buildDecisionBody(draft, p)).toEqual({ decision: 'send_back', comment: 'Voeg payrolltaken toe.' });
    expect(validateDecision({ ...draft, decision: '' }, p)).toHaveProperty('decision');
  });

  it('names conflicting modules by the curriculum', () => {
    expect(moduleNames(['instroom', 'x'], [{ code: 'instroom', name: 'Instroom' }])).toEqual(['Instroom', 'x']);
  });
});

describe('records before day one (R17)', () => {
  it('refuses signatures in the future and wants at least one date', () => {
    expect(validateSignatures({ student: '2026-11-28', organisation: null, school: null }, '2026-11-28')).toEqual({});
    expect(validateSignatures({ student: '2026-11-29', organisation: null, school: null }, '2026-11-28')).toEqual({
      student: 'Een handtekening kan niet in de toekomst liggen.',
    });
    expect(validateSignatures({ student: null, organisation: null, school: null }, '2026-11-28')).toHaveProperty('student');
  });

  it('checks the Dimona and the academic year', () => {
    expect(isAcademicYear('2026-2027')).toBe(true);
    expect(isAcademicYear('2026-2028')).toBe(false);
    expect(validateDimona('2026', '')).toEqual({
      academic_year: 'Vul het academiejaar in als 2026-2027.',
      reference: 'Vul het referentienummer van de Dimona-aangifte in.',
    });
  });

  it('accepts only PDF files up to 10 MB', () => {
    expect(pdfProblem({ name: 'overeenkomst.pdf', type: 'application/pdf', size: 1000 })).toBe('');
    expect(pdfProblem({ name: 'scan.PDF', type: '', size: 1000 })).toBe('');
    expect(pdfProblem({ name: 'foto.jpg', type: 'image/jpeg', size: 1000 })).toBe('Kies een PDF-bestand.');
    expect(pdfProblem({ name: 'groot.pdf', type: 'application/pdf', size: 11 * 1024 * 1024 })).toMatch(/10 MB/);
    expect(pdfProblem(null)).toBe('Kies een PDF-bestand.');
  });
});
