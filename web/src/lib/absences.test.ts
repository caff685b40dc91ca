import { describe, expect, it } from 'vitest';
import {
  accidentBadge,
  buildAccidentInput,
  buildSicknessInput,
  callsText,
  catchUpBadge,
  catchUpStillToPropose,
  certificateProblem,
  closeNeedsReason,
  deadlineOf,
  declarationText,
  emptyAccidentDraft,
  emptySicknessDraft,
  missedText,
  periodLabel,
  reportedText,
  sickDayRange,
  takenCatchUpDates,
  timingBadge,
  validateAccident,
  validateCatchUp,
  validateSickness,
  whereLabel,
  withCount,
  type AccidentDraft,
} from './absences';

const TODAY = '2026-11-28'; // a Saturday

describe('periods and ranges', () => {
  it('shows one day or a period in nl-BE', () => {
    expect(periodLabel('2026-11-23', '2026-11-23')).toBe('ma 23/11/2026');
    expect(periodLabel('2026-11-23', '2026-11-25')).toBe('ma 23/11/2026 – wo 25/11/2026');
  });

  it('offers first sick days from 7 days back to 30 days ahead', () => {
    expect(sickDayRange(TODAY)).toEqual({ min: '2026-11-21', max: '2026-12-28' });
  });
});

describe('the sickness form', () => {
  it('starts with one sick day today and no calls', () => {
    expect(emptySicknessDraft(TODAY)).toEqual({
      firstDay: TODAY,
      lastDay: TODAY,
      calledWorkplace: '',
      calledCoordinator: '',
      note: '',
    });
  });

  it('accepts a report of today without calls', () => {
    expect(validateSickness(emptySicknessDraft(TODAY), TODAY)).toEqual({});
  });

  it('names each field that is wrong, in Dutch', () => {
    const errors = validateSickness(
      { firstDay: '2026-11-20', lastDay: '2026-11-19', calledWorkplace: '8u10', calledCoordinator: '25:00', note: 'x'.repeat(1001) },
      TODAY,
    );
    expect(errors.first_day).toMatch(/hoogstens 7 dagen geleden.*21\/11\/2026/);
    expect(errors.last_day).toMatch(/niet vóór de eerste/);
    expect(errors.called_workplace_at).toBe('Schrijf het uur als UU:MM, bv. 08:10.');
    expect(errors.called_coordinator_at).toBe('Schrijf het uur als UU:MM, bv. 08:15.');
    expect(errors.note).toBe('Hoogstens 1000 tekens.');
  });

  it('refuses a first day too far ahead, a missing day and too long a period', () => {
    expect(validateSickness({ ...emptySicknessDraft(TODAY), firstDay: '2026-12-29', lastDay: '2026-12-29' }, TODAY).first_day).toMatch(
      /30 dagen vooruit.*28\/12\/2026/,
    );
    expect(validateSickness({ ...emptySicknessDraft(TODAY), firstDay: '', lastDay: '' }, TODAY)).toMatchObject({
      first_day: 'Vul de eerste ziektedag in.',
      last_day: expect.stringMatching(/^Vul de laatste ziektedag in/),
    });
    expect(validateSickness({ ...emptySicknessDraft(TODAY), lastDay: '2026-12-29' }, TODAY).last_day).toMatch(/Hoogstens 30 dagen/);
  });

  it('sends a call that was not given as null, and trims', () => {
    expect(
      buildSicknessInput({ firstDay: TODAY, lastDay: TODAY, calledWorkplace: ' 08:10 ', calledCoordinator: '', note: '  griep ' }),
    ).toEqual({ first_day: TODAY, last_day: TODAY, called_workplace_at: '08:10', called_coordinator_at: null, note: 'griep' });
  });

  it('says on time or late, in words', () => {
    expect(timingBadge('on_time')).toEqual({ label: 'Op tijd', kind: 'ok' });
    expect(timingBadge('late')).toEqual({ label: 'Te laat', kind: 'off' });
    expect(reportedText({ timing: 'late', first_day: '2026-11-23', last_day: '2026-11-23' })).toMatch(
      /^Je ziekmelding voor ma 23\/11\/2026 is verstuurd.*te laat/,
    );
    expect(reportedText({ timing: 'on_time', first_day: TODAY, last_day: TODAY })).toMatch(/op tijd\.$/);
  });

  it('describes the calls and the missed days', () => {
    expect(callsText({ called_workplace_at: '08:15', called_coordinator_at: '08:20' })).toBe(
      'Gebeld: werkplek om 08:15, coördinator om 08:20',
    );
    expect(callsText({ called_workplace_at: null, called_coordinator_at: null })).toBe('Geen telefoon opgegeven');
    expect(missedText({ sick_planned_days: [] })).toBe('Geen geplande werkplekdag');
    expect(missedText({ sick_planned_days: ['2026-11-23'] })).toBe('1 werkplekdag gemist');
    expect(missedText({ sick_planned_days: ['2026-11-23', '2026-11-30'] })).toBe('2 werkplekdagen gemist');
  });

  it('checks the certificate copy before sending it', () => {
    expect(certificateProblem(null)).toMatch(/Kies een bestand/);
    expect(certificateProblem({ name: 'attest.pdf', type: 'application/pdf', size: 0 })).toBe('Dit bestand is leeg.');
    expect(certificateProblem({ name: 'attest.docx', type: 'application/msword', size: 10 })).toBe('Kies een PDF-, JPEG- of PNG-bestand.');
    expect(certificateProblem({ name: 'foto.JPG', type: '', size: 10 })).toBe('');
    expect(certificateProblem({ name: 'scan', type: 'image/png', size: 10 })).toBe('');
    expect(certificateProblem({ name: 'a.pdf', type: 'application/pdf', size: 10 * 1024 * 1024 + 1 })).toMatch(/groter dan 10 MB/);
  });
});

describe('catch-up days', () => {
  const days = [
    { date: '2026-11-23', entry: null },
    { date: '2026-12-02', entry: { state: 'approved' } as never },
  ];

  it('counts the missed days that still need a proposal', () => {
    expect(catchUpStillToPropose(2, [{ date: '2026-12-09', state: 'proposed' }], days)).toBe(1);
    // Approved but not yet logged still covers a day; rejected does not.
    expect(
      catchUpStillToPropose(
        2,
        [
          { date: '2026-12-09', state: 'approved' },
          { date: '2026-12-16', state: 'rejected' },
        ],
        days,
      ),
    ).toBe(1);
    // Approved and logged: catch_up_open is already lower, so it covers nothing more.
    expect(catchUpStillToPropose(1, [{ date: '2026-12-02', state: 'approved' }], days)).toBe(1);
    expect(catchUpStillToPropose(0, [], days)).toBe(0);
    expect(catchUpStillToPropose(1, [{ date: 'a', state: 'proposed' }, { date: 'b', state: 'proposed' }], days)).toBe(0);
  });

  it('refuses the dates the server refuses', () => {
    const planned = ['2026-11-30'];
    const taken = takenCatchUpDates([
      { date: '2026-12-02', state: 'proposed' },
      { date: '2026-12-03', state: 'rejected' },
    ]);
    expect(taken).toEqual(['2026-12-02']);
    expect(validateCatchUp({ date: '', note: '' }, TODAY, planned, taken).date).toBe('Kies de datum van de inhaaldag.');
    expect(validateCatchUp({ date: '2026-11-27', note: '' }, TODAY, planned, taken).date).toMatch(/verleden.*28\/11\/2026/);
    expect(validateCatchUp({ date: '2026-11-29', note: '' }, TODAY, planned, taken).date).toMatch(/zondag/);
    expect(validateCatchUp({ date: '2026-11-30', note: '' }, TODAY, planned, taken).date).toMatch(/geplande werkplekdag/);
    expect(validateCatchUp({ date: '2026-12-02', note: '' }, TODAY, planned, taken).date).toMatch(/al een inhaaldag/);
    expect(validateCatchUp({ date: '2026-12-03', note: 'x'.repeat(501) }, TODAY, planned, taken)).toEqual({
      note: 'Hoogstens 500 tekens.',
    });
    expect(validateCatchUp({ date: TODAY, note: '' }, TODAY, planned, taken)).toEqual({});
  });

  it('names the states in Dutch', () => {
    expect(catchUpBadge('proposed')).toEqual({ label: 'Voorgesteld', kind: 'warn' });
    expect(catchUpBadge('approved').label).toBe('Goedgekeurd');
    expect(catchUpBadge('rejected').label).toBe('Geweigerd');
    expect(catchUpBadge('iets').label).toBe('iets');
  });
});

describe('work accidents', () => {
  const filled: AccidentDraft = {
    ...emptyAccidentDraft(TODAY),
    time: '10:45',
    place: ' Magazijn ',
    where: 'workplace',
    whatHappened: 'Gestruikeld over een doos.',
    injuries: 'geen',
  };

  it('asks what the insurer needs', () => {
    const errors = validateAccident(emptyAccidentDraft(TODAY), TODAY);
    expect(Object.keys(errors).sort()).toEqual(['injuries', 'on_the_way', 'place', 'time', 'what_happened']);
    expect(validateAccident(filled, TODAY)).toEqual({});
    expect(validateAccident({ ...filled, date: '2026-11-29' }, TODAY).date).toMatch(/toekomst/);
    expect(validateAccident({ ...filled, time: '10.45' }, TODAY).time).toMatch(/UU:MM/);
    expect(validateAccident({ ...filled, witnesses: 'x'.repeat(1001) }, TODAY).witnesses).toBe('Hoogstens 1000 tekens.');
  });

  it('builds the body with on_the_way as a yes or no', () => {
    expect(buildAccidentInput(filled)).toEqual({
      date: TODAY,
      time: '10:45',
      place: 'Magazijn',
      on_the_way: false,
      what_happened: 'Gestruikeld over een doos.',
      injuries: 'geen',
      witnesses: '',
      first_aid: '',
    });
    expect(buildAccidentInput({ ...filled, where: 'on_the_way' }).on_the_way).toBe(true);
    expect(whereLabel(true)).toBe('Op weg van of naar de werkplek');
    expect(whereLabel(false)).toBe('Op de werkplek');
  });

  it('counts down to the insurer, urgent from two days left', () => {
    expect(deadlineOf({ days_left_to_declare: 3, declare_by: '2026-12-01' })).toEqual({
      text: 'Nog 3 dagen om aan te geven bij de verzekeraar (tot di 01/12/2026)',
      urgent: false,
      overdue: false,
    });
    expect(deadlineOf({ days_left_to_declare: 2, declare_by: '2026-12-01' })?.urgent).toBe(true);
    expect(deadlineOf({ days_left_to_declare: 1, declare_by: '2026-12-01' })?.text).toMatch(/^Nog 1 dag /);
    expect(deadlineOf({ days_left_to_declare: 0, declare_by: '2026-12-01' })).toMatchObject({ urgent: true, overdue: false });
    expect(deadlineOf({ days_left_to_declare: -2, declare_by: '2026-12-01' })).toEqual({
      text: '2 dagen te laat: aangeven bij de verzekeraar moest uiterlijk di 01/12/2026',
      urgent: true,
      overdue: true,
    });
    expect(deadlineOf({ days_left_to_declare: null, declare_by: '2026-12-01' })).toBeNull();
  });

  it('says how far the declaration is, and when closing needs a reason', () => {
    const base = { declare_by: '2026-12-01', declared_at: null, status_reason: '' };
    expect(declarationText({ ...base, status: 'open' })).toMatch(/uiterlijk di 01\/12\/2026/);
    expect(declarationText({ ...base, status: 'declared', declared_at: '2026-11-29T09:00:00Z' })).toBe(
      'Aangegeven bij de verzekeraar op 29/11/2026.',
    );
    expect(declarationText({ ...base, status: 'closed', status_reason: 'Geen letsel.' })).toBe('Afgesloten: Geen letsel.');
    expect(closeNeedsReason('open')).toBe(true);
    expect(closeNeedsReason('declared')).toBe(false);
    expect(accidentBadge('declared')).toEqual({ label: 'Aangegeven bij verzekeraar', kind: 'info' });
    expect(accidentBadge('x', 'Iets')).toEqual({ label: 'Iets', kind: 'muted' });
  });

  it('puts the count in a heading', () => {
    expect(withCount('Open ziekmeldingen', 2)).toBe('Open ziekmeldingen (2)');
  });
});
