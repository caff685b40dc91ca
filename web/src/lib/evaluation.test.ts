import { describe, expect, it } from 'vitest';
import {
  buildRubric,
  cardErrors,
  chartGeometry,
  checkRevision,
  comparisonLines,
  comparisonSummary,
  comparisonWaitText,
  decimalText,
  differenceKind,
  differenceText,
  draftFromRubric,
  draftsFrom,
  emptyCriteria,
  emptyText,
  formatScore,
  historyEvents,
  interimRatingsInput,
  levelName,
  mapGrowthFields,
  meetingText,
  newCriterion,
  newRubricDraft,
  outcomeText,
  parseDecimal,
  ratingFieldId,
  ratingsInput,
  ratioText,
  removeLevel,
  renameLevel,
  revisionInput,
  rubricFieldId,
  rubricFieldLabel,
  scoreText,
  selfDraftFrom,
  selfInput,
  shortTitle,
  titleFromGoal,
  validateInterim,
  validateMeeting,
  validateOverride,
  validateSelf,
  versionChanges,
  weightShare,
} from './evaluation';
import type { RatingVersion, Rubric } from './evaluationApi';

const LEVELS = [
  { code: 'O', name: 'onvoldoende', points: 0 },
  { code: 'V', name: 'voldoende', points: 2 },
  { code: 'G', name: 'goed', points: 3 },
  { code: 'ZG', name: 'zeer goed', points: 4 },
];

const RUBRIC: Rubric = {
  levels: LEVELS,
  criteria: [
    { code: 'communicatie', title: 'Communicatie', goal: 1, weight: 2, knock_out: false, descriptions: { O: 'o', V: 'v', G: 'g', ZG: 'zg' } },
    { code: 'planning', title: 'Planning', goal: 2, weight: 1, knock_out: true, descriptions: { O: 'o', V: 'v', G: 'g', ZG: 'zg' } },
  ],
  knock_out_cap: 9,
  attendance: { mandatory: 4, penalty_per_missed: 0.5, fail_below_ratio: 0.5 },
  rounding: 'half',
};

describe('levels and ratings', () => {
  it('names levels, and says when there is none', () => {
    expect(levelName(LEVELS, 'G')).toBe('goed');
    expect(levelName(LEVELS, '')).toBe('nog leeg');
    expect(levelName(LEVELS, 'X')).toBe('X');
  });

  it('keeps a draft per criterion and lists the ones still empty in the rubric order', () => {
    const drafts = draftsFrom(RUBRIC, [{ criterion: 'planning', level: 'V', comment: 'ok' }]);
    expect(drafts.communicatie).toEqual({ level: '', comment: '', reason: '' });
    expect(emptyCriteria(RUBRIC, drafts).map((c) => c.code)).toEqual(['communicatie']);
    expect(emptyText(emptyCriteria(RUBRIC, drafts))).toBe('Nog leeg (1): Communicatie');
    expect(emptyText([])).toBe('Alle criteria hebben een niveau.');
    expect(emptyText([{ title: 'A' }, { title: 'B' }, { title: 'C' }])).toBe('Nog leeg (3): A, B en C');
  });

  it('sends every criterion for the final rating, only the filled ones for interim feedback', () => {
    const drafts = draftsFrom(RUBRIC);
    drafts.planning = { level: 'G', comment: '  goed gepland ', reason: '' };
    expect(ratingsInput(RUBRIC, drafts)).toEqual({
      communicatie: { level: '', comment: '' },
      planning: { level: 'G', comment: 'goed gepland' },
    });
    expect(interimRatingsInput(RUBRIC, drafts)).toEqual({ planning: { level: 'G', comment: 'goed gepland' } });
  });

  it('puts the server errors of a criterion at its level, comment and reason', () => {
    expect(ratingFieldId('ratings.planning', 'eind')).toBe('eind-planning-level');
    expect(ratingFieldId('ratings.planning.comment', 'eind')).toBe('eind-planning-comment');
    expect(ratingFieldId('reflection.situation', 'zelf')).toBe('zelf-reflection_situation');
    expect(ratingFieldId('growth_points[0].due', 'zelf')).toBe('zelf-growth_points_0__due');
    expect(cardErrors({ 'ratings.planning': 'Kies', 'ratings.planning.reason': 'Waarom' }, 'planning')).toEqual({
      level: 'Kies',
      comment: '',
      reason: 'Waarom',
    });
  });
});

describe('the tripartite meeting', () => {
  const original = [
    { criterion: 'communicatie', level: 'G', comment: 'vlot' },
    { criterion: 'planning', level: 'V', comment: '' },
  ];

  it('sends only what changed, with the reason', () => {
    const drafts = draftsFrom(RUBRIC, original);
    expect(revisionInput(RUBRIC, original, drafts)).toEqual({});
    drafts.planning = { level: 'G', comment: '', reason: ' zelfstandig ' };
    drafts.communicatie.comment = 'vlot, ook aan de telefoon';
    expect(revisionInput(RUBRIC, original, drafts)).toEqual({
      communicatie: { level: 'G', comment: 'vlot, ook aan de telefoon', reason: '' },
      planning: { level: 'G', comment: '', reason: 'zelfstandig' },
    });
  });

  it('asks a reason for a changed level only', () => {
    const drafts = draftsFrom(RUBRIC, original);
    drafts.communicatie.comment = 'aangevuld';
    expect(checkRevision(RUBRIC, original, drafts)).toEqual({});
    drafts.planning.level = 'O';
    expect(checkRevision(RUBRIC, original, drafts)).toEqual({ 'ratings.planning.reason': 'Schrijf waarom het niveau verandert.' });
  });
});

describe('interim feedback and the meeting form', () => {
  it('needs a past day and a comment', () => {
    const ratings = draftsFrom(RUBRIC);
    expect(validateInterim({ date: '2027-03-01', comment: 'Goed bezig', ratings }, '2027-03-01')).toEqual({});
    expect(validateInterim({ date: '2027-03-02', comment: ' ', ratings }, '2027-03-01')).toEqual({
      date: 'Tussentijdse feedback gaat over een dag die al geweest is.',
      comment: 'Schrijf je feedback.',
    });
  });

  it('needs a day and an hour as UU:MM', () => {
    expect(validateMeeting({ date: '2027-06-03', start: '14:00', place: '', notes: '', held: false })).toEqual({});
    expect(validateMeeting({ date: '', start: '2 uur', place: '', notes: '', held: false })).toEqual({
      date: 'Kies de dag van het driehoeksgesprek.',
      start: 'Schrijf het uur als UU:MM, bv. 14:00.',
    });
    expect(meetingText({ date: '2027-06-03', start: '14:00', place: 'HR Partners' })).toBe('03/06/2027 om 14:00, HR Partners');
  });
});

describe('the self-assessment', () => {
  it('checks a draft on lengths only, a submission on everything', () => {
    const draft = selfDraftFrom(RUBRIC, null, []);
    expect(draft.growth).toEqual([{ action: '', due: '' }]);
    expect(validateSelf(RUBRIC, draft, false)).toEqual({});
    const errors = validateSelf(RUBRIC, draft, true);
    expect(errors['ratings.communicatie']).toBe('Kies een niveau voor "Communicatie".');
    expect(errors['reflection.situation']).toBe('Beschrijf de situatie.');
    expect(errors.growth_points).toBe('Schrijf minstens één groeipunt met een datum.');
    draft.ratings.communicatie.level = 'G';
    expect(validateSelf(RUBRIC, draft, true)['ratings.communicatie.comment']).toBe('Licht je niveau voor "Communicatie" kort toe.');
  });

  it('leaves empty growth rows out and maps the server errors back to the rows on screen', () => {
    const draft = selfDraftFrom(RUBRIC, null, []);
    draft.growth = [{ action: '', due: '' }, { action: 'Planning overlopen', due: '' }];
    expect(validateSelf(RUBRIC, draft, false)).toEqual({ 'growth_points[0].due': 'Kies een datum waarop je het gedaan hebt.' });
    expect(mapGrowthFields({ 'growth_points[0].due': 'x', growth_points: 'y' }, draft.growth)).toEqual({
      'growth_points[1].due': 'x',
      growth_points: 'y',
    });
    draft.growth[1].due = '2027-06-30';
    expect(selfInput(RUBRIC, draft, true).growth_points).toEqual([{ action: 'Planning overlopen', due: '2027-06-30' }]);
  });
});

describe('side by side', () => {
  it('says the difference from the student’s side and from the school’s', () => {
    expect(differenceText(1)).toBe('+1 hoger dan je mentor');
    expect(differenceText(-2)).toBe('−2 lager dan je mentor');
    expect(differenceText(0)).toBe('gelijk aan je mentor');
    expect(differenceText(null)).toBe('niet te vergelijken');
    expect(differenceText(1, 'staff')).toBe('student 1 niveau hoger');
    expect(differenceText(-2, 'staff')).toBe('student 2 niveaus lager');
    expect(differenceKind(0)).toBe('same');
  });

  it('puts both on the level scale and sums it up in one sentence', () => {
    const lines = comparisonLines(RUBRIC, [
      { criterion: 'communicatie', mentor: 'G', self: 'ZG', difference: 1 },
      { criterion: 'planning', mentor: 'V', self: 'V', difference: 0 },
    ]);
    expect(lines[0]).toMatchObject({ title: 'Communicatie', mentor: 'goed', self: 'zeer goed', mentorIndex: 2, selfIndex: 3 });
    expect(comparisonSummary(lines)).toBe('Op 1 van 2 criteria zijn jij en je mentor het eens. Jij schat jezelf hoger in dan je mentor bij Communicatie.');
    const geo = chartGeometry(4, 2);
    expect(geo.levelX).toEqual([20, 113.3, 206.7, 300]);
    expect(geo.rows[1].lineY - geo.rows[0].lineY).toBe(50);
    expect(shortTitle('Een heel lange titel die niet op één regel van de grafiek past')).toHaveLength(40);
  });

  it('tells the student what the comparison waits for', () => {
    expect(comparisonWaitText({ final: null, self: null })).toMatch(/Zodra jij en je mentor/);
  });
});

describe('scores', () => {
  it('writes scores with a decimal comma', () => {
    expect(formatScore(13.5)).toBe('13,5');
    expect(formatScore(14)).toBe('14');
    expect(scoreText(12.25)).toBe('12,25 op 20');
    expect(parseDecimal('13,5')).toBe(13.5);
    expect(parseDecimal('13.5')).toBe(13.5);
    expect(parseDecimal('dertien')).toBeNull();
  });

  it('needs a reason when the score differs from the calculation, in halves from 0 to 20', () => {
    expect(validateOverride('14', 14, '')).toEqual({});
    expect(validateOverride('14,5', 14, '')).toEqual({ override_reason: 'Schrijf waarom de score afwijkt van de berekening.' });
    expect(validateOverride('14,3', 14, 'x').final_score).toMatch(/hele of halve punten/);
    expect(validateOverride('21', 14, 'x').final_score).toMatch(/van 0 tot 20/);
  });
});

describe('the history of the final rating', () => {
  const v = (version: number, action: string, ratings: RatingVersion['ratings'], reason = ''): RatingVersion => ({
    version,
    action,
    reason,
    state: 'submitted',
    comment: '',
    ratings,
    by: { id: 1, name: 'Pieter Claes' },
    at: '2027-06-03T12:00:00Z',
  });

  it('says what changed per criterion, with the reason', () => {
    const first = v(1, 'submitted', [{ criterion: 'planning', level: 'V', comment: '', reason: '' }]);
    const second = v(2, 'meeting', [{ criterion: 'planning', level: 'G', comment: '', reason: 'zelfstandig' }]);
    expect(versionChanges(RUBRIC, null, first)).toEqual(['Planning: voldoende']);
    expect(versionChanges(RUBRIC, first, second)).toEqual(['Planning: voldoende → goed — reden: zelfstandig']);
    const events = historyEvents(RUBRIC, [first, second, v(3, 'reopened', second.ratings, 'Fout bij het invullen')]);
    expect(events[1].action).toBe('Versie 2: Aangepast in het driehoeksgesprek');
    expect(events[2].comment).toBe('Reden: Fout bij het invullen');
    expect(events[0].actor).toBe('Pieter Claes');
  });
});

describe('the rubric editor', () => {
  it('proposes the default levels and a criterion per learning goal', () => {
    const draft = newRubricDraft(LEVELS, ['Voert HR-taken uit binnen het gekozen domein.', 'Reflecteert.']);
    expect(draft.levels.map((l) => l.points)).toEqual(['0', '2', '3', '4']);
    expect(draft.criteria.map((c) => [c.code, c.title, c.goal])).toEqual([
      ['doel-1', 'Voert HR-taken uit binnen het gekozen domein', 1],
      ['doel-2', 'Reflecteert', 2],
    ]);
    expect(newCriterion(draft).code).toBe('criterium-3');
    expect(titleFromGoal('Past de kennis en vaardigheden uit de verschillende opleidingsonderdelen van HR toe', 40)).toBe(
      'Past de kennis en vaardigheden uit de…',
    );
  });

  it('reads numbers with a decimal comma and says which could not be read, at the server’s paths', () => {
    const draft = draftFromRubric(RUBRIC);
    expect(draft.penalty).toBe('0,5');
    expect(buildRubric(draft)).toEqual({ rubric: RUBRIC, errors: {} });
    draft.criteria[1].weight = 'veel';
    draft.mandatory = '2,5';
    const { errors } = buildRubric(draft);
    expect(errors).toEqual({
      'rubric.criteria[1].weight': 'Vul een getal in, bv. 2 of 0,5.',
      'rubric.attendance.mandatory': 'Vul een geheel aantal in (0 als er geen zijn).',
    });
    expect(decimalText(1234.5)).toBe('1234,5');
  });

  it('moves the descriptions along when a level code changes, and drops them with the level', () => {
    const draft = draftFromRubric(RUBRIC);
    const renamed = renameLevel(draft, 3, 'UIT');
    expect(renamed.criteria[0].descriptions).toEqual({ O: 'o', V: 'v', G: 'g', UIT: 'zg' });
    const removed = removeLevel(renamed, 0);
    expect(removed.levels.map((l) => l.code)).toEqual(['V', 'G', 'UIT']);
    expect(Object.keys(removed.criteria[1].descriptions)).toEqual(['V', 'G', 'UIT']);
  });

  it('labels and places the server errors', () => {
    const draft = draftFromRubric(RUBRIC);
    expect(rubricFieldLabel('rubric.criteria[1].descriptions.ZG', draft)).toBe('Criterium "Planning": beschrijving bij ZG');
    expect(rubricFieldLabel('rubric.levels[2].points', draft)).toBe('Niveau 3: punten');
    expect(rubricFieldLabel('rubric.attendance.fail_below_ratio', draft)).toBe('Minimale aanwezigheid');
    expect(rubricFieldId('rubric.criteria[1].descriptions.ZG')).toBe('rubric-criteria-1-descriptions-ZG');
    expect(rubricFieldId('rubric.levels')).toBe('rubric-levels');
    expect(weightShare(draft, 0)).toBe('66,7 %');
    expect(ratioText('0,5')).toBe('50 % van de verplichte momenten');
  });

  it('says in Dutch what saving did to the versions', () => {
    expect(outcomeText('new_version', 2)).toBe('Nieuwe versie 2 gemaakt: versie 1 is al gebruikt om te beoordelen en blijft zoals ze was.');
    expect(outcomeText('first_version', 1)).toBe('Versie 1 bewaard: de eerste rubric van deze module.');
    expect(outcomeText('updated_in_place', 1)).toMatch(/nog niet gebruikt/);
    expect(outcomeText('unchanged', 3)).toMatch(/niets gewijzigd/);
  });
});
