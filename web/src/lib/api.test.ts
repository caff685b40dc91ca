import { describe, expect, it } from 'vitest';
import { importRowsOf } from './api';
import { parseApiError } from './errors';

describe('a failed student import', () => {
  it('gives back the rows the server sent with the error, with counts', () => {
    const error = parseApiError(422, {
      error: { code: 'invalid_argument', message: '1 rij(en) bevatten fouten; er is niets geïmporteerd.', fields: [] },
      rows: [
        { line: 2, name: 'A', email: 'a@x.be', student_number: '', status: 'new', errors: [] },
        { line: 3, name: 'B', email: 'b', student_number: '', status: 'error', errors: [{ field: 'e-mail', message: 'Fout.' }] },
      ],
    });
    expect(importRowsOf(error)).toMatchObject({ valid_count: 1, error_count: 1 });
    expect(importRowsOf(parseApiError(422, { error: { code: 'invalid_argument', message: 'x', fields: [] } }))).toBeNull();
  });
});
