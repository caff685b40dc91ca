import { describe, expect, it } from 'vitest';
import { findRoute, matchPattern } from './routes';

describe('path patterns', () => {
  it('matches literal paths and numeric parameters', () => {
    expect(matchPattern('/cohortes', '/cohortes')).toEqual({});
    expect(matchPattern('/cohortes/:id/kalender', '/cohortes/12/kalender')).toEqual({ id: '12' });
    expect(matchPattern('/cohortes/:id', '/cohortes/12/kalender')).toBeNull();
  });

  it('accepts only positive whole numbers as ids', () => {
    expect(matchPattern('/cohortes/:id', '/cohortes/0')).toBeNull();
    expect(matchPattern('/cohortes/:id', '/cohortes/abc')).toBeNull();
    expect(matchPattern('/cohortes/:id', '/cohortes/-1')).toBeNull();
    expect(matchPattern('/cohortes/:id', '/cohortes/')).toBeNull();
  });

  it('takes the first pattern that matches', () => {
    const patterns = ['/', '/cohortes', '/cohortes/:id', '/cohortes/:id/kalender'] as const;
    expect(findRoute(patterns, '/cohortes/3/kalender')).toEqual({ pattern: '/cohortes/:id/kalender', params: { id: '3' } });
    expect(findRoute(patterns, '/kalender')).toBeNull();
  });
});
