// After a failed submit, put the cursor where the user has to act.
import { tick } from 'svelte';

/**
 * Focuses the first input marked aria-invalid (or a fieldset with an error)
 * inside `root`; without any, the element with id `fallbackId`.
 */
export async function focusFirstInvalid(fallbackId?: string, root: ParentNode = document): Promise<void> {
  await tick();
  const invalid = root.querySelector<HTMLElement>('[aria-invalid="true"], fieldset.invalid-group');
  const target = invalid ?? (fallbackId ? document.getElementById(fallbackId) : null);
  target?.focus();
}
