// How many logbook days wait for this mentor, for the badge on "Nakijken" in the menu.
// The review page sets it after every load and action; the header loads it once.

import { getReviewQueue } from './logbookApi';

export const reviewCount = $state<{ waiting: number | null }>({ waiting: null });

/** Loads the count; a failure leaves the badge away (the page itself shows errors). */
export async function refreshReviewCount(): Promise<void> {
  try {
    reviewCount.waiting = (await getReviewQueue()).length;
  } catch {
    reviewCount.waiting = null;
  }
}

