// Path patterns with numeric parameters: "/cohortes/:id/kalender".

export type Params = Record<string, string>;

/**
 * Matches a normalised path against a pattern. A ":name" segment matches a
 * positive whole number only (every parameter in Leerplek's paths is an id);
 * anything else must match literally.
 */
export function matchPattern(pattern: string, path: string): Params | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (!/^[1-9]\d{0,15}$/.test(got[i])) return null;
      params[want[i].slice(1)] = got[i];
    } else if (want[i] !== got[i]) {
      return null;
    }
  }
  return params;
}

/** The first pattern (in the given order) that matches, with its parameters. */
export function findRoute<T extends string>(patterns: readonly T[], path: string): { pattern: T; params: Params } | null {
  for (const pattern of patterns) {
    const params = matchPattern(pattern, path);
    if (params) return { pattern, params };
  }
  return null;
}
