// The workplace register (R11) and the mentor profile (R16): Dutch names of
// the codes, the state of a risk analysis, closure-day counts, and the checks
// done in the browser before saving (the server checks again).

import { daysBetween, isIsoDate, periodDays, type IsoDate } from './calendar';
import type { FieldErrors } from './fields';

export const ORGANISATION_KINDS = [
  'hr_department_public',
  'hr_department_private',
  'recruitment_agency',
  'social_secretariat',
  'career_centre',
  'hr_technology',
  'other',
] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const KIND_NAMES: Record<OrganisationKind, string> = {
  hr_department_public: 'Personeelsdienst (publieke sector)',
  hr_department_private: 'Personeelsdienst (private sector)',
  recruitment_agency: 'Uitzend- of selectiekantoor',
  social_secretariat: 'Sociaal secretariaat',
  career_centre: 'Loopbaancentrum',
  hr_technology: 'HR-technologiebedrijf',
  other: 'Andere organisatie met HR-activiteiten',
};

/** Dutch name of an organisation kind; an unknown code is shown as is. */
export function kindName(code: string): string {
  return Object.hasOwn(KIND_NAMES, code) ? KIND_NAMES[code as OrganisationKind] : code;
}

export const HR_DOMAINS = [
  'recruitment_selection',
  'training',
  'outflow',
  'payroll',
  'competences_talent',
  'performance_management',
  'wellbeing',
] as const;

export type HrDomain = (typeof HR_DOMAINS)[number];

export const DOMAIN_NAMES: Record<HrDomain, string> = {
  recruitment_selection: 'Rekrutering en selectie',
  training: 'Opleiding',
  outflow: 'Uitstroom',
  payroll: 'Payroll',
  competences_talent: 'Competenties/talenten',
  performance_management: 'Prestatiemanagement',
  wellbeing: 'Welzijn',
};

export function domainName(code: string): string {
  return Object.hasOwn(DOMAIN_NAMES, code) ? DOMAIN_NAMES[code as HrDomain] : code;
}

export type RiskState = 'missing' | 'expired' | 'valid';

/** "ontbreekt" (null), "verlopen" (before today) or valid (today counts as valid). */
export function riskState(validUntil: IsoDate | null | undefined, today: IsoDate): RiskState {
  if (!validUntil) return 'missing';
  return validUntil < today ? 'expired' : 'valid';
}

export interface DatedClosure {
  from: IsoDate;
  to: IsoDate;
  name: string;
}

/** How many calendar days the closures cover (both ends included, overlaps counted once). */
export function closureDayCount(closures: readonly DatedClosure[]): number {
  const days = new Set<IsoDate>();
  for (const c of closures) for (const day of periodDays(c.from, c.to)) days.add(day);
  return days.size;
}

/** "08:30" → true; "8:30", "24:00" → false. */
export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

export interface OrganisationDraft {
  name: string;
  kind: string;
  street: string;
  postcode: string;
  city: string;
  start_time: string;
  risk_analysis_valid_until: string;
  closures: DatedClosure[];
}

/** The browser's checks on a workplace; keys are the API's field paths. */
export function validateOrganisation(draft: OrganisationDraft): FieldErrors {
  const out: FieldErrors = {};
  if (!draft.name.trim()) out.name = 'Vul de naam van de organisatie in.';
  if (!(ORGANISATION_KINDS as readonly string[]).includes(draft.kind)) out.kind = 'Kies het soort organisatie.';
  if (draft.street.length > 200) out.street = 'Hoogstens 200 tekens.';
  const postcode = draft.postcode.trim();
  if (!/^\d{4}$/.test(postcode) || postcode < '1000' || postcode > '9992') {
    out.postcode = 'Geef een Belgische postcode van 4 cijfers, bijvoorbeeld 2800.';
  }
  if (!draft.city.trim()) out.city = 'Vul de gemeente in.';
  if (!isTime(draft.start_time)) out.start_time = 'Vul het startuur in als uu:mm, bijvoorbeeld 08:30.';
  else if (draft.start_time < '05:00' || draft.start_time > '12:00') out.start_time = 'Een werkdag begint tussen 05:00 en 12:00.';
  if (draft.risk_analysis_valid_until && !isIsoDate(draft.risk_analysis_valid_until)) {
    out.risk_analysis_valid_until = 'Vul een geldige datum in of laat het veld leeg.';
  }
  draft.closures.forEach((c, i) => {
    if (!c.name.trim()) out[`closures[${i}].name`] = 'Geef de dag een naam, bijvoorbeeld Brugdag of Teambuilding.';
    if (!isIsoDate(c.from)) out[`closures[${i}].from`] = 'Vul een begindatum in.';
    if (!isIsoDate(c.to)) out[`closures[${i}].to`] = 'Vul een einddatum in.';
    else if (isIsoDate(c.from) && daysBetween(c.from, c.to) < 0) out[`closures[${i}].to`] = 'De einddatum ligt vóór de begindatum.';
  });
  return out;
}

export interface ProfileDraft {
  job_title: string;
  years: string;
  domains: string[];
  phone: string;
}

export function validateProfile(draft: ProfileDraft): FieldErrors {
  const out: FieldErrors = {};
  if (!draft.job_title.trim()) out.job_title = 'Vul je functie in, bijvoorbeeld HR-consultant.';
  const years = draft.years.trim();
  if (!/^\d{1,2}$/.test(years) || Number(years) > 60) {
    out.years_of_hr_experience = 'Vul een aantal jaren in tussen 0 en 60.';
  }
  if (draft.phone.trim().length > 30) out.phone = 'Hoogstens 30 tekens.';
  return out;
}
