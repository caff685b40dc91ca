// The placement calls of /api/v1 (R12, R13, R17): requests, decisions,
// supervisors, the agreement and the other records needed before day one.

import type { IsoDate } from './calendar';
import { send, upload, type ProgressHandler } from './api';

export type PlacementStatus =
  | 'requested'
  | 'sent_back'
  | 'rejected'
  | 'approved'
  | 'ready'
  | 'running'
  | 'completed'
  | 'cancelled';

export type BlockerCode =
  | 'agreement_missing'
  | 'agreement_unsigned'
  | 'risk_analysis_missing'
  | 'risk_analysis_expires'
  | 'dimona_missing';

export interface Blocker {
  code: BlockerCode | string;
  message: string;
}

export interface OfferedTask {
  domain: string;
  domain_name?: string;
  text: string;
}

export interface HistoryEvent {
  at: string;
  actor: string;
  action: string;
  comment: string;
}

export interface Signatures {
  student: IsoDate | null;
  organisation: IsoDate | null;
  school: IsoDate | null;
}

export interface Placement {
  id: number;
  cohort: { id: number; name: string; academic_year: string };
  student: { id: number; name: string };
  module: { code: string; name: string };
  organisation: { id: number | null; name: string; proposed: { name: string; city: string } };
  mentor: {
    id: number | null;
    name: string;
    email: string;
    proposed: { name: string; email: string; phone: string };
  };
  supervisor: { id: number; name: string } | null;
  status: PlacementStatus | string;
  status_name: string;
  tasks: OfferedTask[];
  domains_covered: number;
  domains_total: number;
  motivation: string;
  reuse_conflicts: string[];
  reuse_override_reason: string;
  first_day: IsoDate | null;
  last_day: IsoDate | null;
  planned_days: number;
  blockers: Blocker[];
  /** In lists the server only says that there is one ({}); the detail has the file's name. */
  agreement: { file_name?: string; size_bytes?: number; uploaded_at?: string } | null;
  signatures: Signatures;
  risk_analysis: { on_file: boolean; valid_until: IsoDate | null };
  dimona: { reference: string; recorded_at: string } | null;
  history: HistoryEvent[];
  created_at: string;
  updated_at: string;
}

export interface PlacementRequestBody {
  cohort_id: number;
  student_id?: number;
  module: string;
  organisation_id?: number;
  new_organisation?: { name: string; city: string };
  mentor_id?: number;
  new_mentor?: { name: string; email: string; phone: string };
  tasks: { domain: string; text: string }[];
  motivation: string;
}

export type DecisionKind = 'approve' | 'reject' | 'send_back';

export interface DecisionBody {
  decision: DecisionKind;
  comment?: string;
  organisation_id?: number;
  mentor_id?: number;
  invite_proposed_mentor?: boolean;
  override_reason?: string;
}

export interface HrDomainInfo {
  code: string;
  name: string;
  examples: string[];
}

export interface SupervisorLoad {
  id: number;
  name: string;
  /** Open placements this supervisor follows (not cancelled, rejected or completed). */
  placements: number;
}

/** Fills in what older or partial answers leave out, so pages need no null checks. */
export function normalisePlacement(p: Placement): Placement {
  return {
    ...p,
    tasks: p.tasks ?? [],
    blockers: p.blockers ?? [],
    reuse_conflicts: p.reuse_conflicts ?? [],
    reuse_override_reason: p.reuse_override_reason ?? '',
    history: p.history ?? [],
    motivation: p.motivation ?? '',
    signatures: p.signatures ?? { student: null, organisation: null, school: null },
    risk_analysis: p.risk_analysis ?? { on_file: false, valid_until: null },
    organisation: {
      ...p.organisation,
      proposed: p.organisation?.proposed ?? { name: '', city: '' },
    },
    mentor: { ...p.mentor, proposed: p.mentor?.proposed ?? { name: '', email: '', phone: '' } },
  };
}

export async function listHrDomains(): Promise<HrDomainInfo[]> {
  const { data } = await send<{ items: HrDomainInfo[] }>('GET', '/hr-domains');
  return data.items ?? [];
}

export async function listPlacements(query: { cohort?: number; caseload?: boolean } = {}): Promise<Placement[]> {
  const params = new URLSearchParams();
  if (query.cohort) params.set('cohort', String(query.cohort));
  if (query.caseload) params.set('caseload', '1');
  const search = params.toString() ? `?${params}` : '';
  const { data } = await send<{ items: Placement[] }>('GET', `/placements${search}`);
  return (data.items ?? []).map(normalisePlacement);
}

export async function getPlacement(id: number): Promise<Placement> {
  const { data } = await send<Placement>('GET', `/placements/${id}`);
  return normalisePlacement(data);
}

export async function requestPlacement(body: PlacementRequestBody): Promise<Placement> {
  const { data } = await send<Placement>('POST', '/placements', { body });
  return normalisePlacement(data);
}

export async function changePlacement(id: number, body: PlacementRequestBody): Promise<Placement> {
  const { data } = await send<Placement>('PUT', `/placements/${id}`, { body });
  return normalisePlacement(data);
}

export async function decidePlacement(id: number, body: DecisionBody): Promise<Placement> {
  const { data } = await send<Placement>('POST', `/placements/${id}/decision`, { body });
  return normalisePlacement(data);
}

export async function assignSupervisor(id: number, supervisorId: number | null): Promise<Placement> {
  const { data } = await send<Placement>('PUT', `/placements/${id}/supervisor`, {
    body: { supervisor_id: supervisorId },
  });
  return normalisePlacement(data);
}

/** Only the dates that are filled in are sent. */
export async function recordSignatures(id: number, signatures: Signatures): Promise<Placement> {
  const body: Partial<Record<keyof Signatures, IsoDate>> = {};
  for (const key of ['student', 'organisation', 'school'] as const) {
    const value = signatures[key];
    if (value) body[key] = value;
  }
  const { data } = await send<Placement>('PUT', `/placements/${id}/signatures`, { body });
  return normalisePlacement(data);
}

export async function cancelPlacement(id: number, reason: string): Promise<Placement> {
  const { data } = await send<Placement>('POST', `/placements/${id}/cancellation`, { body: { reason } });
  return normalisePlacement(data);
}

export async function completePlacement(id: number): Promise<Placement> {
  const { data } = await send<Placement>('POST', `/placements/${id}/completion`);
  return normalisePlacement(data);
}

export function agreementUrl(id: number): string {
  return `/api/v1/placements/${id}/agreement`;
}

export function riskAnalysisUrl(organisationId: number): string {
  return `/api/v1/organisations/${organisationId}/risk-analysis`;
}

/** The signed agreement as PDF, its bytes unchanged. 422 with field "file" for a non-PDF or too big a file. */
export async function uploadAgreement(
  id: number,
  file: Blob,
  fileName: string,
  onProgress?: ProgressHandler,
): Promise<Placement> {
  const query = new URLSearchParams({ file_name: fileName });
  const data = await upload<Placement>(`/placements/${id}/agreement?${query}`, file, 'application/pdf', onProgress, 'PUT');
  return normalisePlacement(data);
}

export interface RiskAnalysisResult {
  id: number;
  risk_analysis_valid_until: IsoDate | null;
  risk_analysis_on_file: boolean;
}

export function uploadRiskAnalysis(
  organisationId: number,
  validUntil: IsoDate,
  file: Blob,
  fileName: string,
  onProgress?: ProgressHandler,
): Promise<RiskAnalysisResult> {
  const query = new URLSearchParams({ valid_until: validUntil, file_name: fileName });
  return upload<RiskAnalysisResult>(
    `/organisations/${organisationId}/risk-analysis?${query}`,
    file,
    'application/pdf',
    onProgress,
    'PUT',
  );
}

export interface DimonaRecord {
  student_id: number;
  academic_year: string;
  reference: string;
  recorded_at: string;
}

export async function recordDimona(studentId: number, academicYear: string, reference: string): Promise<DimonaRecord> {
  const { data } = await send<DimonaRecord>('PUT', `/users/${studentId}/dimona`, {
    body: { academic_year: academicYear, reference },
  });
  return data;
}

export async function listSupervisors(cohortId: number): Promise<SupervisorLoad[]> {
  const { data } = await send<{ items: SupervisorLoad[] }>('GET', `/cohorts/${cohortId}/supervisors`);
  return data.items ?? [];
}
