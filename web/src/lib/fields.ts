// The API names a field error by a path into the request body:
// "modules[2].goals[1]", "programme.name", "patterns[0].weekdays",
// "closures[1].to". These helpers turn such a path into the id of the input
// it belongs to, move errors along when list items are reordered, and say in
// Dutch what a path means when there is no input to show the error at.

export type FieldErrors = Record<string, string>;

export type PathSegment = string | number;

/** "modules[2].goals[1]" → ["modules", 2, "goals", 1]. */
export function pathSegments(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) out.push(Number(match[2]));
    else out.push(match[1]);
  }
  return out;
}

/** ["modules", 2, "goals", 1] → "modules[2].goals[1]". */
export function joinPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

/** "modules[2].goals[1]" → "veld-modules-2-goals-1", a valid and unique element id. */
export function fieldId(path: string, prefix = 'veld'): string {
  const body = pathSegments(path)
    .map((s) => String(s).replace(/[^A-Za-z0-9_-]/g, '_'))
    .join('-');
  return `${prefix}-${body}`;
}

/** The errors whose path is `prefix` or lies under it (modules[2] → modules[2].name, …). */
export function fieldsUnder(fields: FieldErrors, prefix: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)) out[path] = message;
  }
  return out;
}

/** Drops a leading "rule." (or any prefix) so paths match the part of the form they are about. */
export function stripPrefix(fields: FieldErrors, prefix: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const key = path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
    if (!(key in out)) out[key] = message;
  }
  return out;
}

/**
 * After a list changed order, moves the errors of its items along. `list` is
 * the path of the list ("modules[0].goals"); `mapping(old)` gives the new index
 * of the item that was at `old`, or null when it was removed (its errors go).
 */
export function reindexFields(
  fields: FieldErrors,
  list: string,
  mapping: (oldIndex: number) => number | null,
): FieldErrors {
  const out: FieldErrors = {};
  const prefix = `${list}[`;
  for (const [path, message] of Object.entries(fields)) {
    if (!path.startsWith(prefix)) {
      out[path] = message;
      continue;
    }
    const match = /^(\d+)\]/.exec(path.slice(prefix.length));
    if (!match) {
      out[path] = message;
      continue;
    }
    const next = mapping(Number(match[1]));
    if (next === null) continue;
    out[`${prefix}${next}${path.slice(prefix.length + match[1].length)}`] = message;
  }
  return out;
}

/** Moving item `from` to `to` in a list: the new index of each old index. */
export function moveMapping(from: number, to: number): (oldIndex: number) => number {
  return (i) => {
    if (i === from) return to;
    if (from < to && i > from && i <= to) return i - 1;
    if (from > to && i >= to && i < from) return i + 1;
    return i;
  };
}

/** Removing item `removed`: its errors go, the ones after it move up. */
export function removeMapping(removed: number): (oldIndex: number) => number | null {
  return (i) => (i === removed ? null : i > removed ? i - 1 : i);
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}

export interface PlacedError {
  path: string;
  message: string;
}

/** Splits errors into those with an input on screen (`hasInput`) and the rest. */
export function splitFieldErrors(
  fields: FieldErrors,
  hasInput: (path: string) => boolean,
): { placed: PlacedError[]; unplaced: PlacedError[] } {
  const placed: PlacedError[] = [];
  const unplaced: PlacedError[] = [];
  for (const [path, message] of Object.entries(fields)) {
    (hasInput(path) ? placed : unplaced).push({ path, message });
  }
  return { placed, unplaced };
}

/** "Regel 12: de sleutel ontbreekt" → {line: 12, text: "de sleutel ontbreekt"}. */
export function splitLineMessage(message: string): { line: number | null; text: string } {
  const match = /^\s*regel\s+(\d+)\s*[:,–-]?\s*/i.exec(message);
  if (!match) return { line: null, text: message };
  const text = message.slice(match[0].length);
  return { line: Number(match[1]), text: text ? text.charAt(0).toUpperCase() + text.slice(1) : text };
}

export interface LineProblem {
  line: number | null;
  path: string;
  text: string;
}

/** The problems of an import, by line number (problems without a line last). */
export function importProblems(fields: readonly { field: string; message: string }[]): LineProblem[] {
  return fields
    .map(({ field, message }) => ({ ...splitLineMessage(message), path: field }))
    .sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
}

const PROGRAMME_FIELDS: Record<string, string> = {
  code: 'code van de opleiding',
  name: 'naam van de opleiding',
  institution: 'instelling',
  version: 'versielabel',
  phases: 'aantal fasen',
  notes: 'opmerkingen',
};

const MODULE_FIELDS: Record<string, string> = {
  code: 'code',
  name: 'naam',
  phase: 'fase',
  quarters: 'kwartalen',
  required_days: 'aantal dagen',
  description: 'beschrijving',
  goals: 'doelstellingen',
  may_share_workplace_with: 'mag de werkplek delen met',
};

const UNIT_FIELDS: Record<string, string> = {
  name: 'naam',
  kind: 'soort',
  phase: 'fase',
  semester: 'semester',
  module: 'module',
};

const RULE_FIELDS: Record<string, string> = { from: 'van', to: 'tot en met', weekdays: 'weekdagen' };

function capitalise(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * A Dutch description of a path, for errors that have no input of their own:
 * "modules[2].quarters" → 'Module "Instroom": kwartalen'.
 */
export function pathLabel(path: string, names: { modules?: readonly string[]; units?: readonly string[] } = {}): string {
  const s = pathSegments(path);
  if (s[0] === 'rule') s.shift();
  const [head, index, field, sub] = s;
  if (head === 'programme' && typeof index === 'string') return capitalise(PROGRAMME_FIELDS[index] ?? index);
  if (head === 'modules' && typeof index === 'number') {
    const name = names.modules?.[index];
    const base = name ? `Module "${name}"` : `Module ${index + 1}`;
    if (field === undefined) return base;
    if (field === 'goals' && typeof sub === 'number') return `${base}: doelstelling ${sub + 1}`;
    return `${base}: ${MODULE_FIELDS[String(field)] ?? String(field)}`;
  }
  if (head === 'course_units' && typeof index === 'number') {
    const name = names.units?.[index];
    const base = name ? `Opleidingsonderdeel "${name}"` : `Opleidingsonderdeel ${index + 1}`;
    return field === undefined ? base : `${base}: ${UNIT_FIELDS[String(field)] ?? String(field)}`;
  }
  if (head === 'closures' && typeof index === 'number') {
    const base = `Sluitingsperiode ${index + 1}`;
    const label: Record<string, string> = { from: 'van', to: 'tot en met', name: 'naam' };
    return field === undefined ? base : `${base}: ${label[String(field)] ?? String(field)}`;
  }
  if (head === 'patterns' && typeof index === 'number') {
    const base = `Periode ${index + 1}`;
    return field === undefined ? base : `${base}: ${RULE_FIELDS[String(field)] ?? String(field)}`;
  }
  if (head === 'added' && typeof index === 'number') return `Extra dag ${index + 1}`;
  if (head === 'removed' && typeof index === 'number') return `Geschrapte dag ${index + 1}`;
  if (head === 'contacts' && typeof index === 'number') return `Contactpersoon ${index + 1}`;
  if (head === 'file') return 'Bestand';
  return path;
}

export interface SummaryEntry {
  message: string;
  label?: string;
  target?: string;
}

/**
 * The error summary's lines: errors of fields with a label in `labels` link to
 * their input (`idOf`); others are listed with `fallbackLabel` or their path;
 * with no field errors at all, the message alone.
 */
export function summaryEntries(
  message: string,
  fields: FieldErrors,
  labels: Readonly<Record<string, string>>,
  idOf: (path: string) => string,
  fallbackLabel: (path: string) => string = pathLabel,
): SummaryEntry[] {
  const { placed, unplaced } = splitFieldErrors(fields, (p) => Object.hasOwn(labels, p));
  const items: SummaryEntry[] = [
    ...placed.map((e) => ({ message: e.message, label: labels[e.path], target: idOf(e.path) })),
    ...unplaced.map((e) => ({ message: e.message, label: fallbackLabel(e.path) })),
  ];
  return items.length === 0 && message ? [{ message }] : items;
}
