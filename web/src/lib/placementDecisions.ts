// The coordinator's decision on a placement request (R13: reusing a workplace
// needs a written reason) and the records needed before day one (R17):
// signatures, the Dimona and the PDF uploads, checked in the browser before
// they are sent (the server checks again).

import { isIsoDate, type IsoDate } from './calendar';
import type { FieldErrors } from './fields';
import type { DecisionBody, DecisionKind, Placement, Signatures } from './placementApi';
import { codePoints } from './placements';

export interface DecisionDraft {
  decision: DecisionKind | '';
  organisationId: number | null;
  mentorMode: 'existing' | 'invite';
  mentorId: number | null;
  comment: string;
  overrideReason: string;
}

export const MIN_COMMENT = 5;
export const MIN_OVERRIDE_REASON = 10;

export function decisionDraftFor(p: Placement): DecisionDraft {
  const hasProposal = p.mentor.proposed.email.trim() !== '';
  return {
    decision: '',
    organisationId: p.organisation.id,
    mentorMode: p.mentor.id !== null || !hasProposal ? 'existing' : 'invite',
    mentorId: p.mentor.id,
    comment: '',
    overrideReason: '',
  };
}

/**
 * `needsOverride`: R13 asks for a reason (the placement's reuse conflicts are
 * about its current organisation; the server may also refuse another one).
 */
export function validateDecision(
  draft: DecisionDraft,
  p: Placement,
  needsOverride = p.reuse_conflicts.length > 0,
): FieldErrors {
  const out: FieldErrors = {};
  if (!draft.decision) {
    out.decision = 'Kies goedkeuren, terugsturen of weigeren.';
    return out;
  }
  if (draft.decision === 'approve') {
    if (!draft.organisationId) out.organisation_id = 'Kies de werkplek uit het register.';
    if (draft.mentorMode === 'existing' && !draft.mentorId) out.mentor_id = 'Kies de mentor.';
    if (draft.mentorMode === 'invite' && !p.mentor.proposed.email.trim()) {
      out.mentor_id = 'Er is geen voorgestelde mentor om uit te nodigen; kies een mentor.';
    }
    if (needsOverride && codePoints(draft.overrideReason.trim()) < MIN_OVERRIDE_REASON) {
      out.override_reason = `Leg in minstens ${MIN_OVERRIDE_REASON} tekens uit waarom deze werkplek opnieuw mag.`;
    }
  } else if (codePoints(draft.comment.trim()) < MIN_COMMENT) {
    out.comment =
      draft.decision === 'reject'
        ? 'Zeg de student waarom de aanvraag geweigerd wordt.'
        : 'Zeg de student wat er aan de aanvraag moet veranderen.';
  }
  return out;
}

export function buildDecisionBody(
  draft: DecisionDraft,
  p: Placement,
  needsOverride = p.reuse_conflicts.length > 0,
): DecisionBody {
  const decision = draft.decision || 'approve';
  const body: DecisionBody = { decision };
  if (draft.comment.trim()) body.comment = draft.comment.trim();
  if (decision !== 'approve') return body;
  if (draft.organisationId) body.organisation_id = draft.organisationId;
  if (draft.mentorMode === 'invite') body.invite_proposed_mentor = true;
  else if (draft.mentorId) body.mentor_id = draft.mentorId;
  if (needsOverride) body.override_reason = draft.overrideReason.trim();
  return body;
}

/** "instroom" → "Instroom" with the curriculum's names; unknown codes as they are. */
export function moduleNames(codes: readonly string[], modules: readonly { code: string; name: string }[]): string[] {
  return codes.map((code) => modules.find((m) => m.code === code)?.name ?? code);
}

// --- other records (R17) ------------------------------------------------------------

export const SIGNATURE_PARTIES: readonly { key: keyof Signatures; label: string }[] = [
  { key: 'student', label: 'Ondertekend door de student' },
  { key: 'organisation', label: 'Ondertekend door de organisatie' },
  { key: 'school', label: 'Ondertekend door de school' },
];

export function validateSignatures(s: Signatures, today: IsoDate): FieldErrors {
  const out: FieldErrors = {};
  for (const { key } of SIGNATURE_PARTIES) {
    const value = s[key];
    if (!value) continue;
    if (!isIsoDate(value)) out[key] = 'Vul een geldige datum in.';
    else if (value > today) out[key] = 'Een handtekening kan niet in de toekomst liggen.';
  }
  if (!SIGNATURE_PARTIES.some(({ key }) => s[key])) out.student = 'Vul minstens één datum in.';
  return out;
}

/** "2026-2027": two years that follow each other. */
export function isAcademicYear(value: string): boolean {
  const m = /^(\d{4})-(\d{4})$/.exec(value.trim());
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}

export function validateDimona(academicYear: string, reference: string): FieldErrors {
  const out: FieldErrors = {};
  if (!isAcademicYear(academicYear)) out.academic_year = 'Vul het academiejaar in als 2026-2027.';
  if (!reference.trim()) out.reference = 'Vul het referentienummer van de Dimona-aangifte in.';
  else if (codePoints(reference.trim()) > 60) out.reference = 'Hoogstens 60 tekens.';
  return out;
}

export const MAX_PDF_BYTES = 10 * 1024 * 1024;

/** A first check of a chosen file; the server checks the content. */
export function pdfProblem(file: { name: string; type: string; size: number } | null | undefined): string {
  if (!file) return 'Kies een PDF-bestand.';
  if (file.size === 0) return 'Dit bestand is leeg.';
  if (file.type !== 'application/pdf' && !/\.pdf$/i.test(file.name)) return 'Kies een PDF-bestand.';
  if (file.size > MAX_PDF_BYTES) return 'Het bestand is groter dan 10 MB.';
  return '';
}
