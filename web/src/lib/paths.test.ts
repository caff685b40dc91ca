import { describe, expect, it } from 'vitest';
import { normalisePath, safeNextPath, tokenFromHash } from './paths';

describe('token in the link fragment', () => {
  it('reads the token from #token=…', () => {
    expect(tokenFromHash('#token=abc123')).toBe('abc123');
    expect(tokenFromHash('token=abc')).toBe('abc');
  });
  it('is null when absent or empty', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
    expect(tokenFromHash('#inhoud')).toBeNull();
  });
});

describe('redirect after login', () => {
  it('accepts local paths only', () => {
    expect(safeNextPath('/audit')).toBe('/audit');
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('/api/v1/users')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});

describe('paths', () => {
  it('drops a trailing slash', () => {
    expect(normalisePath('/audit/')).toBe('/audit');
    expect(normalisePath('/')).toBe('/');
  });
});
