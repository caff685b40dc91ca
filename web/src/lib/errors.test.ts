import { describe, expect, it } from 'vitest';
import { FORBIDDEN_MESSAGE, parseApiError, parseApiErrorText } from './errors';

describe('API error parsing', () => {
  it('keeps the code, Dutch message and field messages', () => {
    const error = parseApiError(422, {
      error: {
        code: 'invalid_argument',
        message: 'Controleer de gegevens.',
        fields: [
          { field: 'email', message: 'Dit is geen geldig e-mailadres.' },
          { field: 'name', message: 'Vul een naam in.' },
        ],
      },
    });
    expect(error.status).toBe(422);
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('Controleer de gegevens.');
    expect(error.field('email')).toBe('Dit is geen geldig e-mailadres.');
    expect(error.field('name')).toBe('Vul een naam in.');
    expect(error.field('password')).toBeUndefined();
  });

  it('keeps only the first message when a field is named twice', () => {
    const error = parseApiError(422, {
      error: {
        code: 'invalid_argument',
        message: 'x',
        fields: [
          { field: 'password', message: 'Minstens 10 tekens.' },
          { field: 'password', message: 'Tweede.' },
        ],
      },
    });
    expect(error.field('password')).toBe('Minstens 10 tekens.');
  });

  it('ignores malformed field entries', () => {
    const error = parseApiError(422, {
      error: { code: 'invalid_argument', message: 'x', fields: [null, 3, { field: 1 }, { field: 'a', message: 'b' }] },
    });
    expect(error.fields).toEqual({ a: 'b' });
  });

  it('falls back to a Dutch message per status when the body is not JSON', () => {
    const error = parseApiErrorText(502, '<html>Bad gateway</html>');
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/Er ging iets mis/);
  });

  it('says access is denied on a bare 403', () => {
    const error = parseApiErrorText(403, '');
    expect(error.code).toBe('permission_denied');
    expect(error.message).toBe(FORBIDDEN_MESSAGE);
  });

  it('uses the status when the code is missing', () => {
    expect(parseApiError(429, { error: { message: 'Wacht 5 minuten.' } }).code).toBe('rate_limited');
    expect(parseApiError(401, {}).code).toBe('unauthenticated');
    expect(parseApiError(404, null).code).toBe('not_found');
  });

  it('keeps the server message for throttling', () => {
    const error = parseApiErrorText(
      429,
      JSON.stringify({ error: { code: 'rate_limited', message: 'Te veel pogingen. Probeer het over 5 minuten opnieuw.' } }),
    );
    expect(error.message).toBe('Te veel pogingen. Probeer het over 5 minuten opnieuw.');
  });
});

describe('API errors with several problems and extra data', () => {
  it('keeps every field error in order, also two for one field, and the whole body', () => {
    const body = {
      error: {
        code: 'invalid_argument',
        message: '1 rij(en) bevatten fouten; er is niets geïmporteerd.',
        fields: [
          { field: 'modules[0].goals[1]', message: 'Regel 20: Leeg.' },
          { field: 'modules[0].goals[1]', message: 'Regel 21: Te lang.' },
        ],
      },
      rows: [{ line: 2 }],
    };
    const error = parseApiError(422, body);
    expect(error.field('modules[0].goals[1]')).toBe('Regel 20: Leeg.');
    expect(error.fieldList.map((f) => f.message)).toEqual(['Regel 20: Leeg.', 'Regel 21: Te lang.']);
    expect(error.body).toBe(body);
  });
});
