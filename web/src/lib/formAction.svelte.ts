// The state of one small form that saves through the API: busy while it runs,
// the browser's and the server's field errors, a message for the error summary
// and a success text for a status line. Pages and panels share it instead of
// repeating the same try/catch.

import { toApiError, type ApiError } from './errors';
import type { FieldErrors } from './fields';

export const CHECK_FIELDS = 'Controleer de gemarkeerde velden.';

export interface RunOptions<T> {
  /** The browser's own checks; any error stops before the call. */
  check?: () => FieldErrors;
  /** After success; a returned text is shown as the status. */
  done?: (result: T) => string | void;
  /** Lets a form move the server's field paths to its own inputs. */
  mapFields?: (fields: FieldErrors) => FieldErrors;
  /** Called after a failure, with the error (null for the browser's checks). */
  failed?: (error: ApiError | null) => void;
  /** Puts focus where the user has to act (usually the error summary). */
  focus?: () => unknown;
}

export class FormAction {
  busy = $state(false);
  message = $state('');
  fields = $state<FieldErrors>({});
  status = $state('');

  clear(): void {
    this.message = '';
    this.fields = {};
    this.status = '';
  }

  /** Forgets the error of one field, once the user changes it. */
  clearField(path: string): void {
    if (!(path in this.fields)) return;
    const next = { ...this.fields };
    delete next[path];
    this.fields = next;
  }

  /** Runs `call` once at a time; returns its result, or undefined when it did not succeed. */
  async run<T>(call: () => Promise<T>, options: RunOptions<T> = {}): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.clear();
    const checked = options.check?.() ?? {};
    if (Object.keys(checked).length) {
      this.fields = checked;
      this.message = CHECK_FIELDS;
      options.failed?.(null);
      await options.focus?.();
      return undefined;
    }
    this.busy = true;
    try {
      const result = await call();
      this.status = options.done?.(result) || '';
      return result;
    } catch (err) {
      const error = toApiError(err);
      this.message = error.message;
      this.fields = options.mapFields ? options.mapFields(error.fields) : error.fields;
      options.failed?.(error);
      await options.focus?.();
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}
