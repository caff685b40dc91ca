// DEV MOCK ONLY — helpers for e2e/mock-server.mjs, not the real Leerplek server.
//
// A small TOML reader (enough for curricula/*.toml), curriculum checks that
// answer like the API ("Regel N: …" per problem), Belgian holidays, and the
// workplace-day rule (patterns + added − removed) with its warnings.

// --- TOML (subset) ---------------------------------------------------------------

class TomlError extends Error {
  constructor(line, message) {
    super(message);
    this.line = line;
  }
}

/**
 * Parses the TOML used by curriculum files: comments, [table], [[array]],
 * key = "string" | 'literal' | """multi-line""" | integer | boolean | [array].
 * Returns { data, lines } where lines maps "path" → line number.
 */
export function parseToml(text) {
  const src = text.replace(/\r\n/g, '\n');
  let pos = 0;
  let line = 1;
  const data = {};
  const lines = {};
  let current = data;
  let currentPath = '';

  const peek = () => src[pos];
  const next = () => {
    const c = src[pos++];
    if (c === '\n') line++;
    return c;
  };
  const skipSpaces = () => {
    while (pos < src.length && (src[pos] === ' ' || src[pos] === '\t')) pos++;
  };
  const skipComment = () => {
    if (peek() === '#') while (pos < src.length && src[pos] !== '\n') pos++;
  };
  const skipBlank = () => {
    for (;;) {
      skipSpaces();
      skipComment();
      if (peek() === '\n') next();
      else break;
    }
  };
  const endOfLine = () => {
    skipSpaces();
    skipComment();
    if (pos < src.length && peek() !== '\n') throw new TomlError(line, 'Ongeldige TOML-syntaxis: onverwachte tekens na de waarde.');
  };
  const key = () => {
    const m = /^[A-Za-z0-9_-]+/.exec(src.slice(pos));
    if (!m) throw new TomlError(line, 'Ongeldige TOML-syntaxis: een sleutel verwacht.');
    pos += m[0].length;
    return m[0];
  };
  const string = () => {
    if (src.startsWith('"""', pos)) {
      pos += 3;
      if (peek() === '\n') next();
      let out = '';
      while (!src.startsWith('"""', pos)) {
        if (pos >= src.length) throw new TomlError(line, 'Ongeldige TOML-syntaxis: tekst zonder afsluitende """.');
        const c = next();
        if (c === '\\') {
          if (peek() === '\n') {
            next();
            while (/[ \t\n]/.test(peek() ?? '')) next();
            continue;
          }
          out += escape(next());
        } else out += c;
      }
      pos += 3;
      return out;
    }
    const quote = next();
    let out = '';
    for (;;) {
      if (pos >= src.length || peek() === '\n') throw new TomlError(line, 'Ongeldige TOML-syntaxis: tekst zonder afsluitend aanhalingsteken.');
      const c = next();
      if (c === quote) break;
      if (c === '\\' && quote === '"') out += escape(next());
      else out += c;
    }
    return out;
  };
  const escape = (c) => ({ n: '\n', t: '\t', '"': '"', '\\': '\\' })[c] ?? c;
  const value = () => {
    const c = peek();
    if (c === '"' || c === "'") return string();
    if (c === '[') {
      next();
      const out = [];
      for (;;) {
        skipBlank();
        if (peek() === ']') {
          next();
          return out;
        }
        out.push(value());
        skipBlank();
        if (peek() === ',') next();
        else if (peek() !== ']') throw new TomlError(line, 'Ongeldige TOML-syntaxis: "," of "]" verwacht in de lijst.');
      }
    }
    const m = /^(true|false|[+-]?\d+)/.exec(src.slice(pos));
    if (!m) throw new TomlError(line, 'Ongeldige TOML-syntaxis: geen geldige waarde.');
    pos += m[0].length;
    if (m[0] === 'true') return true;
    if (m[0] === 'false') return false;
    return Number(m[0]);
  };

  for (;;) {
    skipBlank();
    if (pos >= src.length) break;
    const startLine = line;
    if (peek() === '[') {
      const isArray = src.startsWith('[[', pos);
      pos += isArray ? 2 : 1;
      const name = key();
      if (!src.startsWith(isArray ? ']]' : ']', pos)) throw new TomlError(line, 'Ongeldige TOML-syntaxis: "]" verwacht.');
      pos += isArray ? 2 : 1;
      endOfLine();
      if (isArray) {
        if (!Array.isArray(data[name])) data[name] = [];
        current = {};
        data[name].push(current);
        currentPath = `${name}[${data[name].length - 1}]`;
      } else {
        if (data[name] !== undefined) throw new TomlError(startLine, `Ongeldige TOML-syntaxis: tabel [${name}] komt twee keer voor.`);
        current = data[name] = {};
        currentPath = name;
      }
      lines[currentPath] = startLine;
      continue;
    }
    const k = key();
    skipSpaces();
    if (peek() !== '=') throw new TomlError(line, 'Ongeldige TOML-syntaxis: "=" verwacht na de sleutel.');
    next();
    skipSpaces();
    const v = value();
    endOfLine();
    if (k in current) throw new TomlError(startLine, `Ongeldige TOML-syntaxis: sleutel '${k}' komt twee keer voor.`);
    current[k] = v;
    lines[currentPath ? `${currentPath}.${k}` : k] = startLine;
  }
  return { data, lines };
}

// --- curriculum ------------------------------------------------------------------

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KINDS = ['professional_role', 'knowledge_frame', 'workplace_learning'];

/** Checks a curriculum (API shape); problems as [{field, message}] without line numbers. */
export function curriculumProblems(c) {
  const out = [];
  const add = (field, message) => out.push({ field, message });
  const p = c.programme ?? {};
  if (typeof p.code !== 'string' || !CODE.test(p.code)) add('programme.code', 'Geen geldige code (kleine letters, cijfers en koppeltekens).');
  if (typeof p.name !== 'string' || !p.name.trim()) add('programme.name', 'Vul de naam van de opleiding in.');
  if (typeof p.version !== 'string' || !p.version.trim()) add('programme.version', 'Verplicht veld ontbreekt.');
  if (!Number.isInteger(p.phases) || p.phases < 1 || p.phases > 4) add('programme.phases', 'Het aantal fasen moet tussen 1 en 4 liggen.');
  const modules = Array.isArray(c.modules) ? c.modules : [];
  if (modules.length === 0) add('modules', 'Een curriculum heeft minstens één module.');
  const codes = modules.map((m) => m.code);
  modules.forEach((m, i) => {
    const at = `modules[${i}]`;
    if (typeof m.code !== 'string' || !CODE.test(m.code)) add(`${at}.code`, 'Geen geldige code.');
    else if (codes.indexOf(m.code) !== i) add(`${at}.code`, `Deze modulecode komt al voor (modules[${codes.indexOf(m.code)}]).`);
    if (typeof m.name !== 'string' || !m.name.trim()) add(`${at}.name`, 'Vul een naam in.');
    if (!Number.isInteger(m.required_days)) add(`${at}.required_days`, 'Verplicht veld ontbreekt.');
    else if (m.required_days < 1 || m.required_days > 366) add(`${at}.required_days`, 'Het aantal dagen moet tussen 1 en 366 liggen.');
    if (!Array.isArray(m.quarters) || m.quarters.length === 0) add(`${at}.quarters`, 'Geef minstens één kwartaal.');
    else {
      m.quarters.forEach((q, j) => {
        const phase = Math.ceil(q / 4);
        if (Number.isInteger(m.phase) && phase !== m.phase) {
          add(`${at}.quarters[${j}]`, `Kwartaal ${q} hoort niet bij fase ${m.phase} (kwartalen ${m.phase * 4 - 3}–${m.phase * 4}).`);
        }
      });
    }
    if (!Array.isArray(m.goals) || m.goals.length === 0) add(`${at}.goals`, 'Een module heeft minstens één doelstelling.');
    else {
      m.goals.forEach((g, j) => {
        if (typeof g !== 'string' || !g.trim()) add(`${at}.goals[${j}]`, 'Een doelstelling mag niet leeg zijn.');
        else if (g.length > 500) add(`${at}.goals[${j}]`, 'Een doelstelling is hoogstens 500 tekens lang.');
      });
    }
    (m.may_share_workplace_with ?? []).forEach((other, j) => {
      if (other === m.code) add(`${at}.may_share_workplace_with[${j}]`, 'Een module kan niet naar zichzelf verwijzen.');
      else if (!codes.includes(other)) add(`${at}.may_share_workplace_with[${j}]`, `Er is geen module met code '${other}'.`);
    });
  });
  (c.course_units ?? []).forEach((u, i) => {
    const at = `course_units[${i}]`;
    if (!KINDS.includes(u.kind)) add(`${at}.kind`, 'Kies professional_role, knowledge_frame of workplace_learning.');
    if (u.kind === 'workplace_learning' && !codes.includes(u.module)) add(`${at}.module`, `Er is geen module met code '${u.module ?? ''}'.`);
  });
  return out;
}

/**
 * Reads a curriculum file. Returns { curriculum } or { problems: [{field, message}] }
 * with messages starting "Regel N: " like the real API.
 */
export function curriculumFromToml(text) {
  let parsed;
  try {
    parsed = parseToml(text);
  } catch (err) {
    if (err instanceof TomlError) return { problems: [{ field: 'file', message: `Regel ${err.line}: ${err.message}` }] };
    throw err;
  }
  const { data, lines } = parsed;
  const problems = [];
  if (data.format !== 1) problems.push({ field: 'format', message: `Regel ${lines.format ?? 1}: Het formaat moet 1 zijn.` });
  const c = {
    programme: data.programme ?? {},
    course_units: (data.course_units ?? []).map((u) => ({ ...u })),
    modules: (data.modules ?? []).map((m) => ({
      description: '',
      may_share_workplace_with: [],
      ...m,
    })),
  };
  c.programme.notes = c.programme.notes ?? '';
  c.programme.institution = c.programme.institution ?? '';
  for (const problem of curriculumProblems(c)) {
    // The line of the key, else of its table.
    const path = problem.field.replace(/\[\d+\]$/, '');
    const table = problem.field.replace(/\.[^.]*$/, '');
    const at = lines[path] ?? lines[table] ?? lines[problem.field.split('.')[0]] ?? 1;
    problems.push({ field: problem.field, message: `Regel ${at}: ${problem.message}` });
  }
  if (problems.length) return { problems: problems.sort((a, b) => lineOf(a) - lineOf(b)) };
  return { curriculum: c };
}

function lineOf(problem) {
  return Number(/^Regel (\d+)/.exec(problem.message)?.[1] ?? 0);
}

// --- dates, holidays, the calendar rule ----------------------------------------------------

const DAY = 86_400_000;
const toMs = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const fromMs = (ms) => new Date(ms).toISOString().slice(0, 10);
export const isDate = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && fromMs(toMs(v)) === v;
const weekday = (iso) => ((new Date(toMs(iso)).getUTCDay() + 6) % 7) + 1;

function easter(year) {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

export function holidays(year) {
  const e = easter(year);
  const y = String(year);
  return [
    { date: `${y}-01-01`, name: 'Nieuwjaar' },
    { date: fromMs(e + DAY), name: 'Paasmaandag' },
    { date: `${y}-05-01`, name: 'Dag van de Arbeid' },
    { date: fromMs(e + 39 * DAY), name: 'Onze-Lieve-Heer-Hemelvaart' },
    { date: fromMs(e + 50 * DAY), name: 'Pinkstermaandag' },
    { date: `${y}-07-21`, name: 'Nationale feestdag' },
    { date: `${y}-08-15`, name: 'Onze-Lieve-Vrouw-Hemelvaart' },
    { date: `${y}-11-01`, name: 'Allerheiligen' },
    { date: `${y}-11-11`, name: 'Wapenstilstand' },
    { date: `${y}-12-25`, name: 'Kerstmis' },
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/** Field errors of a rule, named like the API: rule.patterns[0].from, rule.added[2], … */
export function ruleProblems(rule) {
  const out = [];
  if (!rule || typeof rule !== 'object') return [{ field: 'rule', message: 'Dit veld is verplicht.' }];
  (rule.patterns ?? []).forEach((p, i) => {
    const at = `rule.patterns[${i}]`;
    if (!isDate(p.from)) out.push({ field: `${at}.from`, message: 'Geen geldige datum (JJJJ-MM-DD).' });
    if (!isDate(p.to)) out.push({ field: `${at}.to`, message: 'Geen geldige datum (JJJJ-MM-DD).' });
    if (isDate(p.from) && isDate(p.to)) {
      if (p.to < p.from) out.push({ field: `${at}.to`, message: 'De einddatum ligt vóór de begindatum.' });
      else if ((toMs(p.to) - toMs(p.from)) / DAY > 400) out.push({ field: `${at}.to`, message: 'Een periode is hoogstens 400 dagen lang.' });
    }
    if (!Array.isArray(p.weekdays) || p.weekdays.length === 0 || p.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
      out.push({ field: `${at}.weekdays`, message: 'Kies minstens één weekdag (1 = maandag … 7 = zondag).' });
    }
  });
  for (const key of ['added', 'removed']) {
    (rule[key] ?? []).forEach((d, i) => {
      if (!isDate(d)) out.push({ field: `rule.${key}[${i}]`, message: 'Geen geldige datum (JJJJ-MM-DD).' });
    });
  }
  return out;
}

export function ruleDays(rule) {
  const days = new Set();
  for (const p of rule.patterns ?? []) {
    for (let ms = toMs(p.from); ms <= toMs(p.to); ms += DAY) {
      const d = fromMs(ms);
      if (p.weekdays.includes(weekday(d))) days.add(d);
    }
  }
  for (const d of rule.added ?? []) days.add(d);
  for (const d of rule.removed ?? []) days.delete(d);
  return [...days].sort();
}

export function dayWarnings(days, { flemishHoliday, closures }) {
  const out = [];
  const legal = new Map();
  for (const d of days) {
    const year = +d.slice(0, 4);
    if (!legal.has(year)) legal.set(year, new Map(holidays(year).map((h) => [h.date, h.name])));
    const name = legal.get(year).get(d);
    if (name) out.push({ date: d, kind: 'legal_holiday', message: `${name} (wettelijke feestdag)` });
    if (flemishHoliday && d.slice(5) === '07-11') out.push({ date: d, kind: 'flemish_holiday', message: 'Feest van de Vlaamse Gemeenschap (11 juli)' });
    if (weekday(d) === 7) out.push({ date: d, kind: 'sunday', message: 'Zondag' });
    for (const c of closures) if (d >= c.from && d <= c.to) out.push({ date: d, kind: 'closure', message: `Sluiting: ${c.name}` });
  }
  return out;
}

export function todayInBrussels() {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const get = (t) => p.find((x) => x.type === t).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// --- a small built-in curriculum, used when curricula/hr-support.toml cannot be read --------

export const FALLBACK_CURRICULUM = {
  programme: { code: 'hr-support', name: 'Graduaat HR-support', institution: 'Thomas More', version: '2026-1', phases: 2, notes: '' },
  course_units: [
    { name: 'HR modellen', kind: 'professional_role', phase: 1, semester: 1 },
    { name: 'Werkplekleren: Expeditie HR', kind: 'workplace_learning', phase: 1, semester: 1, module: 'expeditie-hr' },
  ],
  modules: [
    {
      code: 'expeditie-hr',
      name: 'Expeditie HR',
      phase: 1,
      quarters: [1],
      required_days: 12,
      description: 'Kennismaken met HR-werksettings.',
      goals: ['Observeert gericht in een concrete werksetting.', 'Neemt eigenaarschap op in het eigen leerproces.'],
      may_share_workplace_with: [],
    },
    {
      code: 'instroom',
      name: 'Instroom',
      phase: 1,
      quarters: [3],
      required_days: 14,
      description: 'Eerste beroepservaringen in instroombegeleiding.',
      goals: ['Verzorgt op een correcte wijze telefonische permanentie.'],
      may_share_workplace_with: [],
    },
  ],
};
