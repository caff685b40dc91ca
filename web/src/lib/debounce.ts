// Waits until the user stops typing: `call` runs `fn` once, `ms` after the last call.

export interface Debounced<A extends unknown[]> {
  call: (...args: A) => void;
  /** Forget a pending call (when the form goes away or is submitted). */
  cancel: () => void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    call: (...args: A) => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        fn(...args);
      }, ms);
    },
    cancel: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
