// Who is logged in. The CSRF token lives in api.ts, in memory only.

export interface User {
  id: number;
  email: string;
  name: string;
  roles: string[];
}

export const session = $state<{ user: User | null; ready: boolean; notice: string }>({
  user: null,
  ready: false,
  /** A one-off message for the login page, e.g. after logging out. */
  notice: '',
});
