import { describe, expect, it } from 'vitest';
import type { ImportRow } from './api';
import { importSummary, rowStatusLabel, stageStates } from './studentImport';

const row = (status: ImportRow['status']): ImportRow => ({ line: 2, name: 'X', email: 'x@y.be', student_number: '', status, errors: [] });

describe('CSV import stages', () => {
  it('shows where reading, checking and saving stand', () => {
    const states = (stage: Parameters<typeof stageStates>[0], at?: 'read' | 'check' | 'save') =>
      stageStates(stage, at).map((s) => s.state);
    expect(states('idle')).toEqual(['waiting', 'waiting', 'waiting']);
    expect(states('reading')).toEqual(['busy', 'waiting', 'waiting']);
    expect(states('checking')).toEqual(['done', 'busy', 'waiting']);
    expect(states('checked')).toEqual(['done', 'done', 'waiting']);
    expect(states('saving')).toEqual(['done', 'done', 'busy']);
    expect(states('done')).toEqual(['done', 'done', 'done']);
    expect(states('failed', 'read')).toEqual(['failed', 'waiting', 'waiting']);
    expect(states('failed', 'save')).toEqual(['done', 'done', 'failed']);
    expect(stageStates('checking')[1]).toMatchObject({ label: 'Controleren', stateLabel: 'bezig' });
  });

  it('names row statuses and sums up the result in Dutch', () => {
    expect(rowStatusLabel('new')).toBe('nieuw account');
    expect(rowStatusLabel('member')).toBe('al lid');
    expect(importSummary({ rows: [row('new'), row('new'), row('existing'), row('member')], valid_count: 4, error_count: 0 })).toBe(
      '3 studenten toegevoegd: 2 nieuwe accounts (uitnodiging verstuurd), 1 bestaand account. 1 student was al lid.',
    );
    expect(importSummary({ rows: [row('existing')], valid_count: 1, error_count: 0 })).toBe('1 student toegevoegd: 1 bestaand account.');
  });
});
