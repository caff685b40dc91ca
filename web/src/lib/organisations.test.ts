import { describe, expect, it } from 'vitest';
import {
  closureDayCount,
  domainName,
  isTime,
  kindName,
  riskState,
  validateOrganisation,
  validateProfile,
  type OrganisationDraft,
} from './organisations';

const good: OrganisationDraft = {
  name: 'Stad Mechelen – Personeelsdienst',
  kind: 'hr_department_public',
  street: 'Grote Markt 21',
  postcode: '2800',
  city: 'Mechelen',
  start_time: '08:30',
  risk_analysis_valid_until: '',
  closures: [{ from: '2027-05-07', to: '2027-05-07', name: 'Brugdag' }],
};

describe('organisations', () => {
  it('names kinds and domains in Dutch', () => {
    expect(kindName('social_secretariat')).toBe('Sociaal secretariaat');
    expect(kindName('x')).toBe('x');
    expect(domainName('competences_talent')).toBe('Competenties/talenten');
  });

  it('tells a missing, expired and valid risk analysis apart', () => {
    expect(riskState(null, '2026-11-28')).toBe('missing');
    expect(riskState('2026-11-27', '2026-11-28')).toBe('expired');
    expect(riskState('2026-11-28', '2026-11-28')).toBe('valid');
  });

  it('counts closure days once, both ends included', () => {
    expect(closureDayCount([])).toBe(0);
    expect(
      closureDayCount([
        { from: '2027-12-24', to: '2027-12-31', name: 'Kerst' },
        { from: '2027-12-31', to: '2028-01-01', name: 'Nieuwjaar' },
      ]),
    ).toBe(9);
  });

  it('accepts times as HH:MM only', () => {
    expect(isTime('08:30')).toBe(true);
    expect(isTime('8:30')).toBe(false);
    expect(isTime('24:00')).toBe(false);
  });

  it('checks a workplace with API field paths', () => {
    expect(validateOrganisation(good)).toEqual({});
    const bad = validateOrganisation({
      ...good,
      name: ' ',
      kind: '',
      postcode: '280',
      start_time: '13:00',
      closures: [{ from: '2027-05-07', to: '2027-05-06', name: '' }],
    });
    expect(Object.keys(bad).sort()).toEqual(['closures[0].name', 'closures[0].to', 'kind', 'name', 'postcode', 'start_time']);
  });

  it('checks a mentor profile', () => {
    expect(validateProfile({ job_title: 'HR-consultant', years: '7', domains: [], phone: '' })).toEqual({});
    expect(Object.keys(validateProfile({ job_title: '', years: '61', domains: [], phone: '0'.repeat(31) })).sort()).toEqual([
      'job_title',
      'phone',
      'years_of_hr_experience',
    ]);
  });
});
