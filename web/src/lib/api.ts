// Talking to /api/v1: JSON in and out, the CSRF header, and 401 handling.

import type { CalendarRule, IsoDate } from './calendar';
import { ApiError, networkError, parseApiErrorText } from './errors';
import type { User } from './session.svelte';

const BASE = '/api/v1';

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any authenticated call answers 401 (session gone). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

interface RequestOptions {
  body?: unknown;
  /** A body sent as is (bytes of a file), with this Content-Type. */
  raw?: { data: Blob | string; type: string };
  /** Public calls (login, password links) neither need CSRF nor redirect on 401. */
  public?: boolean;
}

export interface ApiResponse<T> {
  data: T;
  headers: Headers;
  status: number;
}

/** One call to /api/v1 (exported for the per-area modules such as placementApi.ts). */
export async function send<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.raw) headers['Content-Type'] = options.raw.type;
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && !options.public && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: options.raw ? options.raw.data : options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw networkError();
  }
  const refreshed = response.headers.get('X-CSRF-Token');
  if (refreshed) csrfToken = refreshed;
  const text = response.status === 204 ? '' : await response.text().catch(() => '');
  if (!response.ok) {
    const error = parseApiErrorText(response.status, text);
    if (response.status === 401 && !options.public && onUnauthenticated) onUnauthenticated();
    throw error;
  }
  let data: unknown = {};
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      throw new ApiError(response.status, 'internal', 'Leerplek gaf een onverwacht antwoord.');
    }
  }
  return { data: data as T, headers: response.headers, status: response.status };
}

// --- session -------------------------------------------------------------

export async function login(email: string, password: string): Promise<User> {
  const { data } = await send<{ user: User; csrf_token: string }>('POST', '/session', {
    body: { email, password },
    public: true,
  });
  csrfToken = data.csrf_token ?? csrfToken;
  return data.user;
}

export async function logout(): Promise<void> {
  try {
    await send('DELETE', '/session', { public: false });
  } finally {
    csrfToken = null;
  }
}

/** The logged-in user, or null when there is no session (401). */
export async function currentUser(): Promise<User | null> {
  try {
    const { data } = await send<User>('GET', '/me', { public: true });
    return data;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

// --- password links (public) ---------------------------------------------

export interface PasswordLink {
  purpose: 'invitation' | 'password_reset';
  email: string;
  name: string;
}

export async function requestPasswordReset(email: string): Promise<void> {
  await send('POST', '/password-reset-requests', { body: { email }, public: true });
}

export async function checkPasswordLink(token: string): Promise<PasswordLink> {
  const { data } = await send<PasswordLink>('GET', `/password-resets/${encodeURIComponent(token)}`, {
    public: true,
  });
  return data;
}

export async function setPassword(token: string, password: string): Promise<void> {
  await send('POST', '/password-resets', { body: { token, password }, public: true });
}

// --- users (admin) ------------------------------------------------------

export interface AdminUser extends User {
  active: boolean;
  has_password: boolean;
}

export interface NewUser {
  email: string;
  name: string;
  roles: string[];
  send_invitation: boolean;
}

export async function listUsers(): Promise<AdminUser[]> {
  const { data } = await send<{ items: AdminUser[] }>('GET', '/users');
  return data.items ?? [];
}

export async function createUser(user: NewUser): Promise<AdminUser> {
  const { data } = await send<AdminUser>('POST', '/users', { body: user });
  return data;
}

export async function updateUser(
  id: number,
  changes: Partial<Pick<AdminUser, 'name' | 'roles' | 'active'>>,
): Promise<AdminUser> {
  const { data } = await send<AdminUser>('PATCH', `/users/${id}`, { body: changes });
  return data;
}

export async function sendInvitation(id: number): Promise<void> {
  await send('POST', `/users/${id}/invitations`, { body: {} });
}

// --- audit trail ----------------------------------------------------------

export interface AuditEvent {
  id: number;
  at: string;
  actor: { id: number; name: string } | null;
  action: string;
  entity: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditPage {
  items: AuditEvent[];
  next_before: number | null;
}

export async function listAuditEvents(before: number | null, limit = 50): Promise<AuditPage> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before !== null) query.set('before', String(before));
  const { data } = await send<AuditPage>('GET', `/audit-events?${query}`);
  return { items: data.items ?? [], next_before: data.next_before ?? null };
}

// --- uploads with progress ------------------------------------------------

/** Upload progress: a fraction 0–1, or null while the size is unknown. */
export type ProgressHandler = (fraction: number | null) => void;

/**
 * Sends bytes (a file, unchanged) with XMLHttpRequest so the upload progress
 * can be shown. Same CSRF, 401 and error handling as the JSON calls.
 */
export function upload<T>(
  path: string,
  data: Blob,
  type: string,
  onProgress?: ProgressHandler,
  method: 'POST' | 'PUT' = 'POST',
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, BASE + path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', type);
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (event) => onProgress?.(event.lengthComputable ? event.loaded / event.total : null);
    xhr.upload.onload = () => onProgress?.(1);
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(networkError());
    xhr.onload = () => {
      const refreshed = xhr.getResponseHeader('X-CSRF-Token');
      if (refreshed) csrfToken = refreshed;
      const text = xhr.status === 204 ? '' : xhr.responseText;
      if (xhr.status < 200 || xhr.status >= 300) {
        if (xhr.status === 401 && onUnauthenticated) onUnauthenticated();
        reject(parseApiErrorText(xhr.status, text));
        return;
      }
      try {
        resolve((text ? JSON.parse(text) : {}) as T);
      } catch {
        reject(new ApiError(xhr.status, 'internal', 'Leerplek gaf een onverwacht antwoord.'));
      }
    };
    xhr.send(data);
  });
}

// --- holidays ----------------------------------------------------------------

export interface Holiday {
  date: IsoDate;
  name: string;
}

export async function listHolidays(year: number): Promise<Holiday[]> {
  const { data } = await send<Holiday[] | { items: Holiday[] }>('GET', `/holidays?year=${year}`);
  return Array.isArray(data) ? data : (data.items ?? []);
}

// --- programmes and curricula ---------------------------------------------------

export interface VersionInfo {
  id: number;
  number: number;
  label: string;
  created_at: string;
  origin: 'import' | 'editor' | string;
}

export interface Programme {
  id: number;
  code: string;
  name: string;
  institution: string;
  flemish_holiday: boolean;
  current_version: VersionInfo | null;
}

export type CourseUnitKind = 'professional_role' | 'knowledge_frame' | 'workplace_learning';

export interface CourseUnit {
  name: string;
  kind: CourseUnitKind | string;
  phase: number;
  semester: number;
  module?: string;
}

export interface Module {
  code: string;
  name: string;
  phase: number;
  quarters: number[];
  required_days: number;
  description: string;
  goals: string[];
  may_share_workplace_with: string[];
}

export interface CurriculumProgramme {
  code: string;
  name: string;
  institution: string;
  version: string;
  phases: number;
  notes: string;
}

export interface Curriculum {
  version?: VersionInfo;
  programme: CurriculumProgramme;
  course_units: CourseUnit[];
  modules: Module[];
}

export async function listProgrammes(): Promise<Programme[]> {
  const { data } = await send<{ items: Programme[] }>('GET', '/programmes');
  return data.items ?? [];
}

export async function getCurriculum(programmeId: number): Promise<Curriculum> {
  const { data } = await send<Curriculum>('GET', `/programmes/${programmeId}/curriculum`);
  return data;
}

/** Saves an edited curriculum as a new version; the answer is that version. */
export async function saveCurriculum(programmeId: number, curriculum: Curriculum): Promise<Curriculum> {
  const body: Curriculum = {
    programme: curriculum.programme,
    course_units: curriculum.course_units,
    modules: curriculum.modules,
  };
  const { data } = await send<Curriculum>('PUT', `/programmes/${programmeId}/curriculum`, { body });
  return data;
}

export async function listVersions(programmeId: number): Promise<VersionInfo[]> {
  const { data } = await send<{ items: VersionInfo[] }>('GET', `/programmes/${programmeId}/versions`);
  return data.items ?? [];
}

export interface Closure {
  from: IsoDate;
  to: IsoDate;
  name: string;
}

export interface ClosureSettings {
  flemish_holiday: boolean;
  closures: Closure[];
}

export async function getClosures(programmeId: number): Promise<ClosureSettings> {
  const { data } = await send<ClosureSettings>('GET', `/programmes/${programmeId}/closures`);
  return { flemish_holiday: Boolean(data.flemish_holiday), closures: data.closures ?? [] };
}

export async function saveClosures(programmeId: number, settings: ClosureSettings): Promise<ClosureSettings> {
  const { data } = await send<ClosureSettings>('PUT', `/programmes/${programmeId}/closures`, { body: settings });
  return { flemish_holiday: Boolean(data.flemish_holiday), closures: data.closures ?? settings.closures };
}

export interface CurriculumImport {
  programme: Programme;
  version: VersionInfo;
}

/** Imports a TOML file, its bytes unchanged. 422 lists every problem ("Regel N: …"). */
export async function importCurriculum(file: Blob): Promise<CurriculumImport> {
  const { data } = await send<CurriculumImport>('POST', '/curriculum-imports', {
    raw: { data: file, type: 'application/toml' },
  });
  return data;
}

// --- cohorts ---------------------------------------------------------------------

export type ContactRole = 'coordinator' | 'programme_lead';

export interface Contact {
  role: ContactRole;
  name: string;
  phone: string;
  email: string;
}

export interface Cohort {
  id: number;
  programme: { id: number; code: string; name: string };
  name: string;
  academic_year: string;
  curriculum_version: VersionInfo | null;
  contacts: Contact[];
  student_count: number;
  mentor_count: number;
}

export type MemberRole = 'student' | 'mentor';

export interface Member {
  user: AdminUser;
  role: MemberRole;
  student_number: string;
}

export interface NewMember {
  email: string;
  name: string;
  role: MemberRole;
  student_number?: string;
}

export async function listCohorts(): Promise<Cohort[]> {
  const { data } = await send<{ items: Cohort[] }>('GET', '/cohorts');
  return data.items ?? [];
}

export async function createCohort(cohort: { programme_id: number; name: string; academic_year: string }): Promise<Cohort> {
  const { data } = await send<Cohort>('POST', '/cohorts', { body: cohort });
  return data;
}

export async function getCohort(id: number): Promise<Cohort> {
  const { data } = await send<Cohort>('GET', `/cohorts/${id}`);
  return data;
}

export async function updateCohort(id: number, changes: { name?: string; contacts?: Contact[] }): Promise<Cohort> {
  const { data } = await send<Cohort>('PATCH', `/cohorts/${id}`, { body: changes });
  return data;
}

export async function listMembers(cohortId: number): Promise<Member[]> {
  const { data } = await send<{ items: Member[] }>('GET', `/cohorts/${cohortId}/members`);
  return data.items ?? [];
}

export async function addMember(cohortId: number, member: NewMember): Promise<Member> {
  const { data } = await send<Member>('POST', `/cohorts/${cohortId}/members`, { body: member });
  return data;
}

export type ImportRowStatus = 'new' | 'existing' | 'member' | 'error';

export interface ImportRow {
  line: number;
  name: string;
  email: string;
  student_number: string;
  status: ImportRowStatus;
  errors: { field: string; message: string }[];
}

export interface ImportResult {
  rows: ImportRow[];
  valid_count: number;
  error_count: number;
}

/** Checks a CSV file (its bytes unchanged, so the server can spot a wrong encoding). */
export function previewStudentImport(cohortId: number, file: Blob, onProgress?: ProgressHandler): Promise<ImportResult> {
  return upload<ImportResult>(`/cohorts/${cohortId}/student-imports/preview`, file, 'text/csv', onProgress);
}

/** Imports the CSV, all or nothing. A 422 carries the rows in ApiError.body. */
export function importStudents(cohortId: number, file: Blob, onProgress?: ProgressHandler): Promise<ImportResult> {
  return upload<ImportResult>(`/cohorts/${cohortId}/student-imports`, file, 'text/csv', onProgress);
}

/** The rows in the body of a failed import, if any. */
export function importRowsOf(error: ApiError): ImportResult | null {
  const body = error.body as Partial<ImportResult> | null;
  if (!body || !Array.isArray(body.rows)) return null;
  const rows = body.rows;
  return {
    rows,
    valid_count: body.valid_count ?? rows.filter((r) => r.status !== 'error').length,
    error_count: body.error_count ?? rows.filter((r) => r.status === 'error').length,
  };
}

// --- the calendar ------------------------------------------------------------------

export type WarningKind = 'legal_holiday' | 'flemish_holiday' | 'sunday' | 'closure' | 'other_module';

export interface DayWarning {
  date: IsoDate;
  kind: WarningKind | string;
  message: string;
}

export interface ModuleCalendar {
  code: string;
  name: string;
  required_days: number;
  rule: CalendarRule;
  days: IsoDate[];
  warnings: DayWarning[];
  started: boolean;
}

/** A cohort's calendar: every module's days, plus the programme's 11 July setting and closures (R2). */
export interface CohortCalendarData {
  modules: ModuleCalendar[];
  closures: ClosureSettings;
}

export async function getCalendar(cohortId: number): Promise<CohortCalendarData> {
  const { data } = await send<{ modules: ModuleCalendar[]; flemish_holiday?: boolean; closures?: Closure[] }>(
    'GET',
    `/cohorts/${cohortId}/calendar`,
  );
  return {
    modules: data.modules ?? [],
    closures: { flemish_holiday: Boolean(data.flemish_holiday), closures: data.closures ?? [] },
  };
}

/** Saves a module's rule; a started module answers 409 failed_precondition unless confirmed. */
export async function saveModuleCalendar(
  cohortId: number,
  module: string,
  rule: CalendarRule,
  confirmStarted = false,
): Promise<ModuleCalendar> {
  const body: { rule: CalendarRule; confirm_started?: boolean } = { rule };
  if (confirmStarted) body.confirm_started = true;
  const { data } = await send<ModuleCalendar>('PUT', `/cohorts/${cohortId}/calendar/${encodeURIComponent(module)}`, {
    body,
  });
  return data;
}

export async function previewModuleCalendar(cohortId: number, module: string, rule: CalendarRule): Promise<ModuleCalendar> {
  const { data } = await send<ModuleCalendar>(
    'POST',
    `/cohorts/${cohortId}/calendar/${encodeURIComponent(module)}/preview`,
    { body: { rule } },
  );
  return data;
}

// --- the student's iCal feed --------------------------------------------------

export interface CalendarFeed {
  url: string;
  created_at: string;
}

/** The feed, or null when the student has none (404). */
export async function getCalendarFeed(): Promise<CalendarFeed | null> {
  try {
    const { data } = await send<CalendarFeed>('GET', '/me/calendar-feed');
    return data;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

export async function createCalendarFeed(): Promise<CalendarFeed> {
  const { data } = await send<CalendarFeed>('POST', '/me/calendar-feed');
  return data;
}

export async function deleteCalendarFeed(): Promise<void> {
  await send('DELETE', '/me/calendar-feed');
}

// --- workplaces (R11) and mentor profiles (R16) ---------------------------------

export interface Organisation {
  id: number;
  name: string;
  kind: string;
  kind_name: string;
  street: string;
  postcode: string;
  city: string;
  start_time: string;
  risk_analysis_valid_until: IsoDate | null;
  closures: Closure[];
}

export type OrganisationInput = Omit<Organisation, 'id' | 'kind_name'>;

function normaliseOrganisation(o: Organisation): Organisation {
  return { ...o, risk_analysis_valid_until: o.risk_analysis_valid_until || null, closures: o.closures ?? [] };
}

export async function listOrganisations(): Promise<Organisation[]> {
  const { data } = await send<{ items: Organisation[] }>('GET', '/organisations');
  return (data.items ?? []).map(normaliseOrganisation);
}

export async function createOrganisation(input: OrganisationInput): Promise<Organisation> {
  const { data } = await send<Organisation>('POST', '/organisations', { body: input });
  return normaliseOrganisation(data);
}

export async function updateOrganisation(id: number, input: OrganisationInput): Promise<Organisation> {
  const { data } = await send<Organisation>('PUT', `/organisations/${id}`, { body: input });
  return normaliseOrganisation(data);
}

export interface MentorProfile {
  job_title: string;
  years_of_hr_experience: number;
  domains: string[];
  phone: string;
}

export async function getMentorProfile(userId: number): Promise<MentorProfile> {
  const { data } = await send<Partial<MentorProfile>>('GET', `/users/${userId}/mentor-profile`);
  return {
    job_title: data.job_title ?? '',
    years_of_hr_experience: data.years_of_hr_experience ?? 0,
    domains: data.domains ?? [],
    phone: data.phone ?? '',
  };
}

export async function saveMentorProfile(userId: number, profile: MentorProfile): Promise<MentorProfile> {
  const { data } = await send<MentorProfile>('PUT', `/users/${userId}/mentor-profile`, { body: profile });
  return { ...profile, ...data, domains: data.domains ?? profile.domains };
}
