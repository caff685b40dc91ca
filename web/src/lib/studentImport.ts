// The stages of a CSV import and how its rows and result read in Dutch.

import type { ImportResult, ImportRowStatus } from './api';

export type ImportStage = 'idle' | 'reading' | 'checking' | 'checked' | 'saving' | 'done' | 'failed';

export type StageState = 'waiting' | 'busy' | 'done' | 'failed';

export interface StageView {
  key: 'read' | 'check' | 'save';
  label: string;
  state: StageState;
  stateLabel: string;
}

const STATE_LABELS: Record<StageState, string> = {
  waiting: 'nog niet begonnen',
  busy: 'bezig',
  done: 'klaar',
  failed: 'mislukt',
};

/**
 * Where each of "Bestand lezen", "Controleren", "Opslaan" stands. `failedAt`
 * says which stage a failure happened in (default: the last one that ran).
 */
export function stageStates(stage: ImportStage, failedAt: 'read' | 'check' | 'save' = 'check'): StageView[] {
  const order = ['read', 'check', 'save'] as const;
  const labels = { read: 'Bestand lezen', check: 'Controleren', save: 'Opslaan' };
  const position: Record<ImportStage, number> = {
    idle: -1,
    reading: 0,
    checking: 1,
    checked: 2,
    saving: 2,
    done: 3,
    failed: order.indexOf(failedAt),
  };
  const at = position[stage];
  return order.map((key, i) => {
    let state: StageState = 'waiting';
    if (i < at) state = 'done';
    else if (i === at) {
      if (stage === 'failed') state = 'failed';
      else if (stage === 'checked') state = 'waiting';
      else state = 'busy';
    }
    return { key, label: labels[key], state, stateLabel: STATE_LABELS[state] };
  });
}

export function rowStatusLabel(status: ImportRowStatus | string): string {
  switch (status) {
    case 'new':
      return 'nieuw account';
    case 'existing':
      return 'bestaand account';
    case 'member':
      return 'al lid';
    case 'error':
      return 'fout';
    default:
      return status;
  }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 studenten toegevoegd: 2 nieuwe accounts (uitnodiging verstuurd), 1 bestaand account; 1 was al lid." */
export function importSummary(result: ImportResult): string {
  const rows = result.rows;
  const created = rows.filter((r) => r.status === 'new').length;
  const existing = rows.filter((r) => r.status === 'existing').length;
  const member = rows.filter((r) => r.status === 'member').length;
  const added = created + existing;
  const parts: string[] = [];
  if (created) parts.push(`${count(created, 'nieuw account', 'nieuwe accounts')} (uitnodiging verstuurd)`);
  if (existing) parts.push(count(existing, 'bestaand account', 'bestaande accounts'));
  let text = `${count(added, 'student', 'studenten')} toegevoegd`;
  text += parts.length ? `: ${parts.join(', ')}.` : '.';
  if (member) text += ` ${member === 1 ? '1 student was' : `${member} studenten waren`} al lid.`;
  return text;
}
