// Small helpers for URLs: the one-time token in the fragment, safe redirects.

/** "#token=XYZ" → "XYZ"; missing or empty → null. */
export function tokenFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const token = new URLSearchParams(raw).get('token');
  return token && token.trim() ? token.trim() : null;
}

/**
 * Where to go after logging in: only a local path inside the app, never an
 * absolute URL or a protocol-relative "//host" (open-redirect protection).
 */
export function safeNextPath(value: string | null | undefined): string {
  if (!value) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/api/')) return '/';
  if (value === '/aanmelden' || value.startsWith('/aanmelden?')) return '/';
  return value;
}

/** "/beheer/gebruikers/" → "/beheer/gebruikers"; "/" stays "/". */
export function normalisePath(pathname: string): string {
  if (pathname.length > 1 && pathname.endsWith('/')) return pathname.replace(/\/+$/, '') || '/';
  return pathname || '/';
}
