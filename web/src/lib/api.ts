// Talking to /api/v1: JSON in and out, the CSRF header, and 401 handling.

import { ApiError, networkError, parseApiErrorText } from './errors';
import type { User } from './session.svelte';

const BASE = '/api/v1';

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any authenticated call answers 401 (session gone). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

interface RequestOptions {
  body?: unknown;
  /** Public calls (login, password links) neither need CSRF nor redirect on 401. */
  public?: boolean;
}

interface ApiResponse<T> {
  data: T;
  headers: Headers;
  status: number;
}

async function send<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && !options.public && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw networkError();
  }
  const refreshed = response.headers.get('X-CSRF-Token');
  if (refreshed) csrfToken = refreshed;
  const text = response.status === 204 ? '' : await response.text().catch(() => '');
  if (!response.ok) {
    const error = parseApiErrorText(response.status, text);
    if (response.status === 401 && !options.public && onUnauthenticated) onUnauthenticated();
    throw error;
  }
  let data: unknown = {};
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      throw new ApiError(response.status, 'internal', 'Leerplek gaf een onverwacht antwoord.');
    }
  }
  return { data: data as T, headers: response.headers, status: response.status };
}

// --- session -------------------------------------------------------------

export async function login(email: string, password: string): Promise<User> {
  const { data } = await send<{ user: User; csrf_token: string }>('POST', '/session', {
    body: { email, password },
    public: true,
  });
  csrfToken = data.csrf_token ?? csrfToken;
  return data.user;
}

export async function logout(): Promise<void> {
  try {
    await send('DELETE', '/session', { public: false });
  } finally {
    csrfToken = null;
  }
}

/** The logged-in user, or null when there is no session (401). */
export async function currentUser(): Promise<User | null> {
  try {
    const { data } = await send<User>('GET', '/me', { public: true });
    return data;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

// --- password links (public) ---------------------------------------------

export interface PasswordLink {
  purpose: 'invitation' | 'password_reset';
  email: string;
  name: string;
}

export async function requestPasswordReset(email: string): Promise<void> {
  await send('POST', '/password-reset-requests', { body: { email }, public: true });
}

export async function checkPasswordLink(token: string): Promise<PasswordLink> {
  const { data } = await send<PasswordLink>('GET', `/password-resets/${encodeURIComponent(token)}`, {
    public: true,
  });
  return data;
}

export async function setPassword(token: string, password: string): Promise<void> {
  await send('POST', '/password-resets', { body: { token, password }, public: true });
}

// --- users (admin) ------------------------------------------------------

export interface AdminUser extends User {
  active: boolean;
  has_password: boolean;
}

export interface NewUser {
  email: string;
  name: string;
  roles: string[];
  send_invitation: boolean;
}

export async function listUsers(): Promise<AdminUser[]> {
  const { data } = await send<{ items: AdminUser[] }>('GET', '/users');
  return data.items ?? [];
}

export async function createUser(user: NewUser): Promise<AdminUser> {
  const { data } = await send<AdminUser>('POST', '/users', { body: user });
  return data;
}

export async function updateUser(
  id: number,
  changes: Partial<Pick<AdminUser, 'name' | 'roles' | 'active'>>,
): Promise<AdminUser> {
  const { data } = await send<AdminUser>('PATCH', `/users/${id}`, { body: changes });
  return data;
}

export async function sendInvitation(id: number): Promise<void> {
  await send('POST', `/users/${id}/invitations`, { body: {} });
}

// --- audit trail ----------------------------------------------------------

export interface AuditEvent {
  id: number;
  at: string;
  actor: { id: number; name: string } | null;
  action: string;
  entity: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditPage {
  items: AuditEvent[];
  next_before: number | null;
}

export async function listAuditEvents(before: number | null, limit = 50): Promise<AuditPage> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before !== null) query.set('before', String(before));
  const { data } = await send<AuditPage>('GET', `/audit-events?${query}`);
  return { items: data.items ?? [], next_before: data.next_before ?? null };
}
