import { describe, expect, it } from 'vitest';
import { placement } from './placementFixture';
import {
  blockedSummary,
  buildRequestBody,
  decisionComment,
  diversityLabel,
  domainsCovered,
  draftDomainsCovered,
  draftFromPlacement,
  emptyDraft,
  groupTasksByDomain,
  historyLabel,
  homeHints,
  missingText,
  openModules,
  periodText,
  placeTaskErrors,
  reviewQueue,
  sortPlacements,
  statusBadge,
  validateRequest,
} from './placements';

const AGREEMENT_MISSING = { code: 'agreement_missing', message: 'De overeenkomst zit nog niet in het dossier.' };
const UNSIGNED = { code: 'agreement_unsigned', message: 'Nog niet ondertekend.' };
const DIMONA = { code: 'dimona_missing', message: 'De Dimona ontbreekt.' };

describe('placement status', () => {
  it('shows an approved placement with blockers as blocked, naming what is missing', () => {
    const p = placement({ status: 'approved', blockers: [AGREEMENT_MISSING, UNSIGNED, DIMONA] });
    expect(statusBadge(p)).toEqual({ label: 'Geblokkeerd', kind: 'off' });
    expect(missingText(p)).toBe('Overeenkomst, handtekeningen en Dimona');
    expect(blockedSummary(p.blockers)).toBe('Geblokkeerd: overeenkomst, handtekeningen en Dimona');
  });

  it('names every status in Dutch with a fitting badge', () => {
    expect(statusBadge(placement({ status: 'ready' }))).toEqual({ label: 'Klaar om te starten', kind: 'ok' });
    expect(statusBadge(placement({ status: 'requested' }))).toEqual({ label: 'Aangevraagd', kind: 'warn' });
    expect(statusBadge(placement({ status: 'sent_back' })).label).toBe('Teruggestuurd');
    expect(statusBadge(placement({ status: 'rejected' })).kind).toBe('off');
    expect(statusBadge(placement({ status: 'approved' }))).toEqual({ label: 'Goedgekeurd', kind: 'info' });
    expect(statusBadge(placement({ status: 'cancelled' })).kind).toBe('muted');
    expect(statusBadge(placement({ status: 'later', status_name: 'Later' })).label).toBe('Later');
  });

  it('says what has to happen next for open placements only', () => {
    expect(missingText(placement({ status: 'requested' }))).toMatch(/werkplekcoördinator/);
    expect(missingText(placement({ status: 'ready' }))).toBe('Niets meer');
    expect(missingText(placement({ status: 'completed' }))).toBe('');
    expect(blockedSummary([])).toBe('');
  });

  it('shows the period in dd/mm/jjjj', () => {
    expect(periodText(placement())).toBe('20/04/2027 – 02/06/2027');
    expect(periodText(placement({ first_day: null }))).toBe('');
  });

  it('puts requests first and finds the queue oldest first', () => {
    const a = placement({ id: 1, status: 'ready', student: { id: 1, name: 'Ann' } });
    const b = placement({ id: 2, status: 'requested', student: { id: 2, name: 'Bert' }, updated_at: '2026-11-21T00:00:00Z' });
    const c = placement({ id: 3, status: 'requested', student: { id: 3, name: 'Ann' }, updated_at: '2026-11-22T00:00:00Z' });
    expect(sortPlacements([a, b, c]).map((p) => p.id)).toEqual([3, 2, 1]);
    expect(reviewQueue([a, c, b]).map((p) => p.id)).toEqual([2, 3]);
  });

  it('knows which modules already have an open request', () => {
    const list = [
      placement({ module: { code: 'payroll', name: 'Payroll' } }),
      placement({ module: { code: 'instroom', name: 'Instroom' }, status: 'rejected' }),
      placement({ module: { code: 'welzijn', name: 'Welzijn' }, student: { id: 99, name: 'X' } }),
    ];
    expect([...openModules(list, 10)]).toEqual(['payroll']);
  });
});

describe('task diversity (R12)', () => {
  it('counts a domain once, and only with a task that is not blank', () => {
    expect(
      domainsCovered([
        { domain: 'payroll', text: 'Loonbrieven' },
        { domain: 'payroll', text: 'Tijdsregistratie' },
        { domain: 'training', text: 'POP' },
        { domain: 'wellbeing', text: '   ' },
      ]),
    ).toBe(2);
    expect(diversityLabel(3, 7)).toBe('Diversiteit: 3 van 7 HR-domeinen');
  });

  it('groups tasks by domain in the guide’s order and drops blank ones', () => {
    const groups = groupTasksByDomain([
      { domain: 'wellbeing', domain_name: 'Welzijn', text: 'Enquête' },
      { domain: 'recruitment_selection', text: 'Cv-screening' },
      { domain: 'payroll', text: ' ' },
      { domain: 'marketing', domain_name: 'Marketing', text: 'Flyers' },
    ]);
    expect(groups.map((g) => [g.code, g.name, g.tasks])).toEqual([
      ['recruitment_selection', 'Rekrutering en selectie', ['Cv-screening']],
      ['wellbeing', 'Welzijn', ['Enquête']],
      ['marketing', 'Marketing', ['Flyers']],
    ]);
  });

  it('counts the form the same way: ticked examples and other lines', () => {
    const draft = emptyDraft();
    draft.tasks.checked.payroll = ['Een loonafsluiting meevolgen'];
    draft.tasks.other.training = '\n  \n';
    expect(draftDomainsCovered(draft.tasks)).toBe(1);
    draft.tasks.other.training = 'Opleidingskalender bijhouden\nInschrijvingen';
    expect(draftDomainsCovered(draft.tasks)).toBe(2);
  });
});

describe('the request form', () => {
  function filled() {
    const draft = emptyDraft();
    draft.cohortId = 1;
    draft.module = 'payroll';
    draft.organisationId = 1;
    draft.newMentor = { name: ' Sofie Janssens ', email: 'sofie@hrpartners.be ', phone: '' };
    draft.tasks.checked.payroll = ['Mee de tijdsregistratie verwerken', 'Een loonafsluiting meevolgen'];
    draft.tasks.other.recruitment_selection = 'Vacatures nalezen\n\nOnthaalbrochure';
    draft.motivation = '  Dicht bij huis.  ';
    return draft;
  }

  it('builds the body a student sends, with a proposed mentor and tasks in domain order', () => {
    const { body, sources } = buildRequestBody(filled(), { asCoordinator: false });
    expect(body).toEqual({
      cohort_id: 1,
      module: 'payroll',
      organisation_id: 1,
      new_mentor: { name: 'Sofie Janssens', email: 'sofie@hrpartners.be', phone: '' },
      tasks: [
        { domain: 'recruitment_selection', text: 'Vacatures nalezen' },
        { domain: 'recruitment_selection', text: 'Onthaalbrochure' },
        { domain: 'payroll', text: 'Mee de tijdsregistratie verwerken' },
        { domain: 'payroll', text: 'Een loonafsluiting meevolgen' },
      ],
      motivation: 'Dicht bij huis.',
    });
    expect(sources[1]).toEqual({ domain: 'recruitment_selection', kind: 'other' });
    expect(sources[2]).toEqual({ domain: 'payroll', kind: 'example' });
  });

  it('lets the coordinator name the student and an existing mentor; a new organisation replaces the register', () => {
    const draft = filled();
    draft.studentId = 7;
    draft.mentorMode = 'existing';
    draft.mentorId = 2;
    draft.organisationMode = 'new';
    draft.newOrganisation = { name: ' Talentwerk ', city: 'Leuven' };
    const { body } = buildRequestBody(draft, { asCoordinator: true });
    expect(body.student_id).toBe(7);
    expect(body.mentor_id).toBe(2);
    expect(body.new_mentor).toBeUndefined();
    expect(body.organisation_id).toBeUndefined();
    expect(body.new_organisation).toEqual({ name: 'Talentwerk', city: 'Leuven' });
    // A student never sends a student or an existing mentor.
    const asStudent = buildRequestBody(draft, { asCoordinator: false }).body;
    expect(asStudent.student_id).toBeUndefined();
    expect(asStudent.mentor_id).toBeUndefined();
  });

  it('checks the form with the API’s field names', () => {
    expect(validateRequest(filled(), { asCoordinator: false })).toEqual({});
    const empty = emptyDraft();
    empty.organisationMode = 'new';
    expect(Object.keys(validateRequest(empty, { asCoordinator: true })).sort()).toEqual([
      'cohort_id',
      'module',
      'new_mentor.email',
      'new_mentor.name',
      'new_organisation.city',
      'new_organisation.name',
      'student_id',
      'tasks',
    ]);
    const long = filled();
    long.tasks.other.payroll = 'x'.repeat(301);
    expect(validateRequest(long, { asCoordinator: false })['tasks.payroll']).toMatch(/300/);
  });

  it('moves the server’s task errors to the domain they came from', () => {
    const { sources } = buildRequestBody(filled(), { asCoordinator: false });
    expect(placeTaskErrors({ 'tasks[3].text': 'Te lang', module: 'Kies' }, sources)).toEqual({
      'tasks.payroll': 'Te lang',
      module: 'Kies',
    });
  });

  it('fills the form from a sent-back request: examples ticked, the rest as other tasks', () => {
    const p = placement({
      organisation: { id: null, name: 'Talentwerk', proposed: { name: 'Talentwerk', city: 'Leuven' } },
      tasks: [
        { domain: 'payroll', text: 'Een loonafsluiting meevolgen' },
        { domain: 'payroll', text: 'Eigen taak' },
        { domain: 'training', text: 'Nog een' },
      ],
      motivation: 'Waarom',
    });
    const draft = draftFromPlacement(p, { payroll: ['Een loonafsluiting meevolgen'] });
    expect(draft.organisationMode).toBe('new');
    expect(draft.newOrganisation).toEqual({ name: 'Talentwerk', city: 'Leuven' });
    expect(draft.mentorMode).toBe('proposal');
    expect(draft.newMentor.email).toBe('sofie@hrpartners.be');
    expect(draft.tasks.checked.payroll).toEqual(['Een loonafsluiting meevolgen']);
    expect(draft.tasks.other.payroll).toBe('Eigen taak');
    expect(draft.tasks.other.training).toBe('Nog een');
    expect(buildRequestBody(draft, { asCoordinator: false }).body.tasks).toHaveLength(3);
  });
});

describe('history and hints', () => {
  it('labels every action in Dutch', () => {
    for (const action of [
      'requested',
      'changed',
      'resubmitted',
      'approved',
      'rejected',
      'sent_back',
      'supervisor_assigned',
      'agreement_signed',
      'agreement_uploaded',
      'cancelled',
      'completed',
    ]) {
      expect(historyLabel(action)).not.toBe(action);
    }
    expect(historyLabel('iets')).toBe('iets');
  });

  it('shows the coordinator’s comment while the request is sent back, not after it was resubmitted', () => {
    const sentBack = { at: '2026-11-20T10:00:00Z', actor: 'Koen', action: 'sent_back', comment: 'Meer taken' };
    expect(decisionComment([{ ...sentBack, action: 'requested', comment: '' }, sentBack])).toEqual(sentBack);
    expect(decisionComment([sentBack, { ...sentBack, action: 'resubmitted', comment: '' }])).toBeNull();
  });

  it('tells a student and a coordinator what to do next', () => {
    const list = [
      placement({ status: 'sent_back', module: { code: 'instroom', name: 'Instroom' } }),
      placement({ status: 'approved', blockers: [AGREEMENT_MISSING] }),
      placement({ status: 'requested', student: { id: 11, name: 'Noor' } }),
    ];
    expect(homeHints(list, ['student'], 10)).toEqual([
      'Je aanvraag voor Instroom is teruggestuurd: pas ze aan.',
      'Voor Payroll ontbreekt nog: overeenkomst.',
    ]);
    expect(homeHints(list, ['coordinator'], 1)).toEqual([
      '1 aanvraag wacht op je beslissing.',
      '1 werkplek is goedgekeurd maar nog geblokkeerd.',
    ]);
    expect(homeHints([], ['student'], 10)).toEqual(['Je hebt nog geen werkplek: vraag er een aan.']);
    const mentored = [
      placement({ status: 'ready', mentor: { ...placement().mentor, id: 2 } }),
      placement({ status: 'approved', blockers: [DIMONA], mentor: { ...placement().mentor, id: 2 }, module: { code: 'instroom', name: 'Instroom' } }),
    ];
    expect(homeHints(mentored, ['mentor'], 2)).toEqual([
      'Je begeleidt één student op de werkplek.',
      'Lotte Peeters (Instroom) kan nog niet starten: Dimona ontbreekt nog.',
    ]);
  });
});
