// The API's error shape, and turning any failed response into one Dutch message.

export type ErrorCode =
  | 'invalid_argument'
  | 'not_found'
  | 'already_exists'
  | 'failed_precondition'
  | 'permission_denied'
  | 'unauthenticated'
  | 'conflict'
  | 'rate_limited'
  | 'unavailable'
  | 'internal'
  | 'network';

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | string;
  /** Field name → Dutch message, for showing next to inputs. */
  readonly fields: Record<string, string>;
  /** Every field error in the server's order, also several for one field (import problems). */
  readonly fieldList: FieldError[];
  /** The whole parsed body, for answers that carry more than the error (e.g. import rows). */
  readonly body: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: Record<string, string> = {},
    fieldList: FieldError[] = [],
    body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.fieldList = fieldList.length ? fieldList : Object.entries(fields).map(([field, m]) => ({ field, message: m }));
    this.body = body;
  }

  field(name: string): string | undefined {
    return this.fields[name];
  }
}

export const FORBIDDEN_MESSAGE = 'Je hebt geen toegang tot deze pagina.';
export const NETWORK_MESSAGE =
  'Leerplek is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.';

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'invalid_argument';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'permission_denied';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate_limited';
    case 503:
      return 'unavailable';
    default:
      return status >= 500 ? 'internal' : 'invalid_argument';
  }
}

/** A Dutch message for when the server sent no usable error body. */
export function fallbackMessage(status: number): string {
  switch (codeForStatus(status)) {
    case 'unauthenticated':
      return 'Je bent niet (meer) aangemeld. Meld je opnieuw aan.';
    case 'permission_denied':
      return FORBIDDEN_MESSAGE;
    case 'not_found':
      return 'Dit bestaat niet (meer).';
    case 'conflict':
      return 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.';
    case 'rate_limited':
      return 'Te veel pogingen. Wacht even en probeer het dan opnieuw.';
    case 'unavailable':
      return 'Leerplek is tijdelijk niet beschikbaar. Probeer het straks opnieuw.';
    case 'internal':
      return 'Er ging iets mis in Leerplek. Probeer het later opnieuw.';
    default:
      return 'De gegevens zijn niet in orde. Controleer ze en probeer het opnieuw.';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Builds an ApiError from an HTTP status and the (already parsed, possibly
 * missing or malformed) JSON body. Never throws.
 */
export function parseApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const code =
    error && typeof error.code === 'string' && error.code ? error.code : codeForStatus(status);
  const message =
    error && typeof error.message === 'string' && error.message.trim()
      ? error.message
      : fallbackMessage(status);
  const fields: Record<string, string> = {};
  const fieldList: FieldError[] = [];
  if (error && Array.isArray(error.fields)) {
    for (const item of error.fields) {
      if (isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string') {
        fieldList.push({ field: item.field, message: item.message });
        // Keep the first message per field; one clear message beats a list.
        if (!(item.field in fields)) fields[item.field] = item.message;
      }
    }
  }
  return new ApiError(status, code, message, fields, fieldList, body);
}

/** Parses a response body text that may not be JSON at all. */
export function parseApiErrorText(status: number, text: string): ApiError {
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  return parseApiError(status, body);
}

export function networkError(): ApiError {
  return new ApiError(0, 'network', NETWORK_MESSAGE);
}

/** Any thrown value → something to show the user. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(0, 'internal', fallbackMessage(500));
}
