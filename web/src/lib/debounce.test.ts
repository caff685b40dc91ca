import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, with the last arguments, after the user stops typing', () => {
    const fn = vi.fn();
    const d = debounce(fn, 300);
    d.call('0');
    vi.advanceTimersByTime(200);
    d.call('09');
    vi.advanceTimersByTime(200);
    d.call('09:00');
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith('09:00');
  });

  it('forgets a pending call when cancelled', () => {
    const fn = vi.fn();
    const d = debounce(fn, 300);
    d.call(1);
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });
});
