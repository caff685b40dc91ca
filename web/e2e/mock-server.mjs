// DEV MOCK ONLY — not the real Leerplek server.
//
// A throw-away stand-in for the C++ server, so the front end and its browser
// test can be developed before the real API exists. It serves web/dist with
// SPA fallback and the production CSP, and fakes the /api/v1 endpoints the UI
// uses, in memory. Usage:
//
//   node e2e/mock-server.mjs [--port 18080] [--accounts /tmp/accounts.txt]
//
// Every role gets one account with password "leerplek-demo-1"; --accounts
// writes them as "<role> <email> <password>" lines, like `leerplek demo`.
// "E-mails" (invitation and reset links) are printed to stdout.

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FALLBACK_CURRICULUM,
  curriculumFromToml,
  curriculumProblems,
  dayWarnings,
  holidays,
  ruleDays,
  ruleProblems,
  todayInBrussels,
} from './mock-data.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const PORT = Number(arg('--port', process.env.PORT ?? 18080));
const ACCOUNTS = arg('--accounts', null);
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const PASSWORD = 'leerplek-demo-1';
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

const ROLES = ['student', 'mentor', 'supervisor', 'coordinator', 'programme_lead', 'ombuds', 'admin'];
const NAMES = {
  student: 'Lotte Peeters',
  mentor: 'Jan Janssens',
  supervisor: 'An Maes',
  coordinator: 'Koen Claes',
  programme_lead: 'Els Wouters',
  ombuds: 'Pieter Jacobs',
  admin: 'Nina Willems',
};

let nextUserId = 1;
const users = ROLES.map((role) => ({
  id: nextUserId++,
  email: `${role.replace('_', '-')}@leerplek.test`,
  name: NAMES[role],
  roles: [role],
  active: true,
  password: PASSWORD,
}));

// Extra students (invited, no password yet) so the members list has something to show.
for (const [name, email] of [
  ['Ahmed El Amrani', 'ahmed.elamrani@student.leerplek.test'],
  ['Sara De Smet', 'sara.desmet@student.leerplek.test'],
  ['Tom Vermeulen', 'tom.vermeulen@student.leerplek.test'],
]) {
  users.push({ id: nextUserId++, email, name, roles: ['student'], active: true, password: null });
}
const byRole = (role) => users.find((u) => u.roles.includes(role));

// --- programmes, curricula, cohorts, calendars (in memory) --------------------------

let seedCurriculum = FALLBACK_CURRICULUM;
try {
  const text = readFileSync(fileURLToPath(new URL('../../curricula/hr-support.toml', import.meta.url)), 'utf8');
  const read = curriculumFromToml(text);
  if (read.curriculum) seedCurriculum = read.curriculum;
  else console.warn('[mock] curricula/hr-support.toml has problems, using the built-in curriculum', read.problems.slice(0, 3));
} catch {
  console.warn('[mock] curricula/hr-support.toml not readable, using the built-in curriculum');
}

let nextId = 100;
const clone = (v) => JSON.parse(JSON.stringify(v));
const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const programmes = [
  {
    id: 1,
    code: seedCurriculum.programme.code,
    name: seedCurriculum.programme.name,
    institution: seedCurriculum.programme.institution,
    flemish_holiday: true,
    staff: ['supervisor', 'coordinator', 'programme_lead'].map((r) => byRole(r).id),
    closures: [
      { from: '2026-12-21', to: '2027-01-01', name: 'Kerstvakantie' },
      { from: '2027-02-15', to: '2027-02-19', name: 'Krokusvakantie' },
      { from: '2027-03-29', to: '2027-04-09', name: 'Paasvakantie' },
    ],
    versions: [{ id: 1, number: 1, label: seedCurriculum.programme.version, created_at: '2026-09-01T08:00:00Z', origin: 'import', curriculum: clone(seedCurriculum) }],
  },
];
const versionInfo = ({ id, number, label, created_at, origin }) => ({ id, number, label, created_at, origin });
const currentVersion = (p) => p.versions[p.versions.length - 1] ?? null;
const programmeJson = (p) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  institution: p.institution,
  flemish_holiday: p.flemish_holiday,
  current_version: currentVersion(p) ? versionInfo(currentVersion(p)) : null,
});
const findVersion = (id) => programmes.flatMap((p) => p.versions).find((v) => v.id === id);

const cohorts = [
  {
    id: 1,
    programme_id: 1,
    name: 'HR-support 2026–2027',
    academic_year: '2026-2027',
    version_id: 1,
    contacts: [
      { role: 'coordinator', name: NAMES.coordinator, phone: '+32 3 123 45 67', email: 'coordinator@leerplek.test' },
      { role: 'programme_lead', name: NAMES.programme_lead, phone: '+32 3 123 45 68', email: 'programme-lead@leerplek.test' },
    ],
    members: [
      { userId: byRole('student').id, role: 'student', student_number: 'r0900001' },
      { userId: byRole('mentor').id, role: 'mentor', student_number: '' },
      ...users.filter((u) => u.email.includes('@student.')).map((u, i) => ({ userId: u.id, role: 'student', student_number: `r090001${i}` })),
    ],
    calendar: new Map([
      ['expeditie-hr', { patterns: [{ from: '2026-09-29', to: '2026-11-04', weekdays: [2, 3] }], added: [], removed: ['2026-10-14'] }],
      ['digitaal-vaardig', { patterns: [], added: ['2026-12-02', '2026-12-03', '2026-12-09'], removed: [] }],
      ['instroom', { patterns: [{ from: '2027-02-01', to: '2027-03-19', weekdays: [4, 5] }], added: [], removed: [] }],
    ]),
  },
  {
    id: 2,
    programme_id: 1,
    name: 'HR-support 2025–2026',
    academic_year: '2025-2026',
    version_id: 1,
    contacts: [],
    members: [],
    calendar: new Map(),
  },
];
const feeds = new Map(); // userId → { token, created_at }

const isStaff = (me, programmeId, roles = ['supervisor', 'coordinator', 'programme_lead']) => {
  const p = programmes.find((x) => x.id === programmeId);
  return !!p && p.staff.includes(me.id) && me.roles.some((r) => roles.includes(r));
};
const isMember = (me, cohort) => cohort.members.some((m) => m.userId === me.id);
const countOf = (cohort, role) => cohort.members.filter((m) => m.role === role).length;
function cohortJson(c) {
  const p = programmes.find((x) => x.id === c.programme_id);
  const v = findVersion(c.version_id);
  return {
    id: c.id,
    programme: { id: p.id, code: p.code, name: p.name },
    name: c.name,
    academic_year: c.academic_year,
    curriculum_version: v ? versionInfo(v) : null,
    contacts: clone(c.contacts),
    student_count: countOf(c, 'student'),
    mentor_count: countOf(c, 'mentor'),
  };
}
function memberJson(m) {
  return { user: adminUser(users.find((u) => u.id === m.userId)), role: m.role, student_number: m.student_number };
}
function moduleCalendar(cohort, module, rule = cohort.calendar.get(module.code) ?? { patterns: [], added: [], removed: [] }) {
  const p = programmes.find((x) => x.id === cohort.programme_id);
  const days = ruleDays(rule);
  return {
    code: module.code,
    name: module.name,
    required_days: module.required_days,
    rule: clone(rule),
    days,
    warnings: dayWarnings(days, { flemishHoliday: p.flemish_holiday, closures: p.closures }),
    started: days.length > 0 && days[0] < todayInBrussels(),
  };
}
async function readRaw(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}
function decodeUtf8(buffer) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}
function parseStudentCsv(text, cohort) {
  const lines = text.split(/\r?\n/);
  const header = lines[0] ?? '';
  const sep = header.includes(';') ? ';' : ',';
  const cols = header.split(sep).map((h) => h.trim().toLowerCase());
  const col = (...names) => cols.findIndex((c) => names.includes(c));
  const iName = col('naam');
  const iFirst = col('voornaam');
  const iLast = col('familienaam', 'achternaam');
  const iEmail = col('e-mail', 'email', 'e-mailadres');
  const iNumber = col('studentennummer', 'studentnummer');
  const rows = [];
  if (iEmail === -1 || (iName === -1 && (iFirst === -1 || iLast === -1))) {
    return { headerError: 'De kopregel moet de kolommen naam (of voornaam en familienaam) en e-mail hebben.' };
  }
  const seen = new Set();
  lines.slice(1).forEach((raw, index) => {
    if (!raw.trim()) return;
    const cells = raw.split(sep).map((c) => c.trim());
    const name = iName !== -1 ? cells[iName] ?? '' : `${cells[iFirst] ?? ''} ${cells[iLast] ?? ''}`.trim();
    const email = (cells[iEmail] ?? '').toLowerCase();
    const number = iNumber !== -1 ? cells[iNumber] ?? '' : '';
    const errors = [];
    if (!name) errors.push({ field: 'naam', message: 'De naam ontbreekt.' });
    if (!EMAIL.test(email)) errors.push({ field: 'e-mail', message: 'Dit is geen geldig e-mailadres.' });
    else if (seen.has(email)) errors.push({ field: 'e-mail', message: 'Dit e-mailadres staat al eerder in het bestand.' });
    seen.add(email);
    const user = users.find((u) => u.email.toLowerCase() === email);
    let status = errors.length ? 'error' : user ? 'existing' : 'new';
    if (status === 'existing' && cohort.members.some((m) => m.userId === user.id && m.role === 'student')) status = 'member';
    rows.push({ line: index + 2, name, email, student_number: number, status, errors });
  });
  const error_count = rows.filter((r) => r.status === 'error').length;
  return { rows, valid_count: rows.length - error_count, error_count };
}

const sessions = new Map(); // session id → { userId, csrf }
const links = new Map(); // token → { userId, purpose, used }
const failures = new Map(); // email → count
const audit = [];
let nextAuditId = 1;

function publicUser(u) {
  return { id: u.id, email: u.email, name: u.name, roles: u.roles };
}
function adminUser(u) {
  return { ...publicUser(u), active: u.active, has_password: Boolean(u.password) };
}
function record(actor, action, entity, entityId, before, after, at = new Date()) {
  audit.push({
    id: nextAuditId++,
    at: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    actor: actor ? { id: actor.id, name: actor.name } : null,
    action,
    entity,
    entity_id: String(entityId),
    before,
    after,
  });
}

// Some history so paging ("meer laden") has something to page through.
{
  const admin = users.find((u) => u.roles.includes('admin'));
  const start = Date.parse('2026-09-01T07:30:00Z');
  users.forEach((u, i) =>
    record(admin, 'user.created', 'user', u.id, null, { email: u.email, name: u.name, roles: u.roles, active: true }, new Date(start + i * 60000)),
  );
  for (let i = 0; i < 60; i++) {
    const u = users[i % users.length];
    record(u, 'session.created', 'session', u.id, null, null, new Date(start + 86400000 + i * 3600000));
  }
  const student = users[0];
  record(admin, 'user.updated', 'user', student.id, { roles: ['student'], active: true }, { roles: ['student', 'mentor'], active: false }, new Date(start + 90 * 86400000));
  record(admin, 'user.updated', 'user', student.id, { roles: ['student', 'mentor'], active: false }, { roles: ['student'], active: true }, new Date(start + 91 * 86400000));
}

function send(res, status, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(status === 204 ? undefined : text);
}
function fail(res, status, code, message, fields) {
  send(res, status, { error: { code, message, ...(fields ? { fields } : {}) } });
}
function cookies(req) {
  const out = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k) out[k] = v.join('=');
  }
  return out;
}
async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
function newLink(user, purpose) {
  const token = randomBytes(16).toString('hex');
  links.set(token, { userId: user.id, purpose, used: false });
  console.log(`[mail] ${purpose} for ${user.email}: http://127.0.0.1:${PORT}/wachtwoord-instellen#token=${token}`);
  return token;
}
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validateUserInput(body, { partial }) {
  const fields = [];
  if (!partial || 'name' in body) {
    if (typeof body.name !== 'string' || !body.name.trim()) fields.push({ field: 'name', message: 'Vul een naam in.' });
  }
  if (!partial) {
    if (typeof body.email !== 'string' || !EMAIL.test(body.email)) {
      fields.push({ field: 'email', message: 'Dit is geen geldig e-mailadres.' });
    } else if (users.some((u) => u.email.toLowerCase() === body.email.toLowerCase())) {
      fields.push({ field: 'email', message: 'Er bestaat al een gebruiker met dit e-mailadres.' });
    }
  }
  if (!partial || 'roles' in body) {
    if (!Array.isArray(body.roles) || body.roles.length === 0 || body.roles.some((r) => !ROLES.includes(r))) {
      fields.push({ field: 'roles', message: 'Kies minstens één geldige rol.' });
    }
  }
  if ('active' in body && typeof body.active !== 'boolean') {
    fields.push({ field: 'active', message: 'Kies actief of niet actief.' });
  }
  return fields;
}

async function api(req, res, url) {
  const path = url.pathname.slice('/api/v1'.length);
  const method = req.method;
  const sid = cookies(req).leerplek_session;
  const session = sid ? sessions.get(sid) : undefined;
  const me = session ? users.find((u) => u.id === session.userId && u.active) : undefined;

  const needAuth = () => {
    if (!me) {
      fail(res, 401, 'unauthenticated', 'Je bent niet aangemeld.');
      return false;
    }
    if (!['GET', 'HEAD'].includes(method) && req.headers['x-csrf-token'] !== session.csrf) {
      fail(res, 403, 'permission_denied', 'Je verzoek kon niet gecontroleerd worden. Laad de pagina opnieuw.');
      return false;
    }
    return true;
  };
  const needRole = (...roles) => {
    if (!needAuth()) return false;
    if (!roles.some((r) => me.roles.includes(r))) {
      fail(res, 403, 'permission_denied', 'Je hebt geen toegang tot deze pagina.');
      return false;
    }
    return true;
  };

  if (path === '/session' && method === 'POST') {
    const body = await readJson(req);
    if (!body || typeof body.email !== 'string' || typeof body.password !== 'string' || !body.email || !body.password) {
      return fail(res, 422, 'invalid_argument', 'Vul je e-mailadres en wachtwoord in.', [
        { field: 'email', message: 'Vul je e-mailadres in.' },
      ]);
    }
    const key = body.email.toLowerCase();
    if ((failures.get(key) ?? 0) >= 5) {
      return fail(res, 429, 'rate_limited', 'Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.');
    }
    const user = users.find((u) => u.email.toLowerCase() === key);
    if (!user || !user.active || !user.password || user.password !== body.password) {
      failures.set(key, (failures.get(key) ?? 0) + 1);
      return fail(res, 401, 'unauthenticated', 'Het e-mailadres of het wachtwoord klopt niet.');
    }
    failures.delete(key);
    const id = randomBytes(16).toString('hex');
    const csrf = randomBytes(16).toString('hex');
    sessions.set(id, { userId: user.id, csrf });
    record(user, 'session.created', 'session', user.id, null, null);
    return send(res, 200, { user: publicUser(user), csrf_token: csrf }, {
      'Set-Cookie': `leerplek_session=${id}; Path=/; HttpOnly; SameSite=Strict`,
    });
  }
  if (path === '/session' && method === 'DELETE') {
    if (!needAuth()) return;
    sessions.delete(sid);
    record(me, 'session.deleted', 'session', me.id, null, null);
    return send(res, 204, undefined, { 'Set-Cookie': 'leerplek_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict' });
  }
  if (path === '/me' && method === 'GET') {
    if (!me) return fail(res, 401, 'unauthenticated', 'Je bent niet aangemeld.');
    return send(res, 200, publicUser(me), { 'X-CSRF-Token': session.csrf });
  }
  if (path === '/password-reset-requests' && method === 'POST') {
    const body = await readJson(req);
    if (!body || typeof body.email !== 'string' || !EMAIL.test(body.email)) {
      return fail(res, 422, 'invalid_argument', 'Controleer het e-mailadres.', [
        { field: 'email', message: 'Dit is geen geldig e-mailadres.' },
      ]);
    }
    const user = users.find((u) => u.email.toLowerCase() === body.email.toLowerCase() && u.active);
    if (user) {
      newLink(user, 'password_reset');
      record(null, 'password_reset.requested', 'user', user.id, null, null);
    }
    return send(res, 202, {});
  }
  const linkMatch = path.match(/^\/password-resets\/([^/]+)$/);
  if (linkMatch && method === 'GET') {
    const link = links.get(decodeURIComponent(linkMatch[1]));
    if (!link || link.used) {
      return fail(res, 404, 'not_found', 'Deze link is onbekend, al gebruikt of verlopen.');
    }
    const user = users.find((u) => u.id === link.userId);
    return send(res, 200, { purpose: link.purpose, email: user.email, name: user.name });
  }
  if (path === '/password-resets' && method === 'POST') {
    const body = await readJson(req);
    const link = body && typeof body.token === 'string' ? links.get(body.token) : undefined;
    if (!link || link.used) return fail(res, 404, 'not_found', 'Deze link is onbekend, al gebruikt of verlopen.');
    if (typeof body.password !== 'string' || body.password.length < 10) {
      return fail(res, 422, 'invalid_argument', 'Het wachtwoord is te zwak.', [
        { field: 'password', message: 'Kies een wachtwoord van minstens 10 tekens.' },
      ]);
    }
    const user = users.find((u) => u.id === link.userId);
    user.password = body.password;
    link.used = true;
    record(user, 'password.set', 'user', user.id, null, null);
    return send(res, 204);
  }
  if (path === '/users' && method === 'GET') {
    if (!needRole('admin')) return;
    return send(res, 200, { items: users.map(adminUser) });
  }
  if (path === '/users' && method === 'POST') {
    if (!needRole('admin')) return;
    const body = (await readJson(req)) ?? {};
    const fields = validateUserInput(body, { partial: false });
    if (fields.length) return fail(res, 422, 'invalid_argument', 'Controleer de gemarkeerde velden.', fields);
    const user = { id: nextUserId++, email: body.email, name: body.name.trim(), roles: body.roles, active: true, password: null };
    users.push(user);
    record(me, 'user.created', 'user', user.id, null, { email: user.email, name: user.name, roles: user.roles, active: true });
    if (body.send_invitation) newLink(user, 'invitation');
    return send(res, 201, adminUser(user));
  }
  const userMatch = path.match(/^\/users\/(\d+)(\/invitations)?$/);
  if (userMatch) {
    if (!needRole('admin')) return;
    const user = users.find((u) => u.id === Number(userMatch[1]));
    if (!user) return fail(res, 404, 'not_found', 'Deze gebruiker bestaat niet.');
    if (userMatch[2] && method === 'POST') {
      newLink(user, 'invitation');
      record(me, 'user.invited', 'user', user.id, null, null);
      return send(res, 202, {});
    }
    if (!userMatch[2] && method === 'PATCH') {
      const body = (await readJson(req)) ?? {};
      const fields = validateUserInput(body, { partial: true });
      if (user.id === me.id && body.active === false) {
        fields.push({ field: 'active', message: 'Je kan je eigen account niet deactiveren.' });
      }
      if (fields.length) return fail(res, 422, 'invalid_argument', 'Controleer de gemarkeerde velden.', fields);
      const before = {};
      const after = {};
      for (const key of ['name', 'roles', 'active']) {
        if (key in body && JSON.stringify(body[key]) !== JSON.stringify(user[key])) {
          before[key] = user[key];
          after[key] = body[key];
          user[key] = body[key];
        }
      }
      if (Object.keys(after).length) record(me, 'user.updated', 'user', user.id, before, after);
      return send(res, 200, adminUser(user));
    }
  }
  if (path === '/audit-events' && method === 'GET') {
    if (!needRole('coordinator', 'admin')) return;
    const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 50) || 50, 1), 200);
    const before = url.searchParams.get('before');
    const newest = [...audit].reverse().filter((e) => before === null || e.id < Number(before));
    const items = newest.slice(0, limit);
    const next = newest.length > limit ? items[items.length - 1].id : null;
    return send(res, 200, { items, next_before: next });
  }

  // --- holidays, programmes, curricula -------------------------------------------
  if (path === '/holidays' && method === 'GET') {
    if (!needAuth()) return;
    const year = Number(url.searchParams.get('year'));
    if (!Number.isInteger(year) || year < 1900 || year > 2100) {
      return fail(res, 422, 'invalid_argument', 'Geef een jaartal tussen 1900 en 2100.', [{ field: 'year', message: 'Geef een jaartal tussen 1900 en 2100, bv. ?year=2027.' }]);
    }
    return send(res, 200, holidays(year));
  }
  if (path === '/programmes' && method === 'GET') {
    if (!needAuth()) return;
    const list = me.roles.includes('admin') ? programmes : programmes.filter((p) => isStaff(me, p.id));
    return send(res, 200, { items: list.map(programmeJson) });
  }
  if (path === '/curriculum-imports' && method === 'POST') {
    if (!needRole('programme_lead', 'admin')) return;
    const text = decodeUtf8(await readRaw(req));
    if (text === null) return fail(res, 422, 'invalid_argument', 'Het bestand is geen UTF-8-tekst.', [{ field: 'file', message: 'Regel 1: Het bestand is geen UTF-8-tekst. Bewaar het als UTF-8.' }]);
    const read = curriculumFromToml(text);
    if (read.problems) return fail(res, 422, 'invalid_argument', 'Het curriculum bevat fouten; er is niets geïmporteerd.', read.problems);
    const c = read.curriculum;
    let p = programmes.find((x) => x.code === c.programme.code);
    if (p && !me.roles.includes('admin') && !isStaff(me, p.id, ['programme_lead'])) {
      return fail(res, 403, 'permission_denied', 'Je bent geen opleidingscoördinator van deze opleiding.');
    }
    if (!p) {
      p = { id: nextId++, code: c.programme.code, name: c.programme.name, institution: c.programme.institution, flemish_holiday: true, staff: me.roles.includes('programme_lead') ? [me.id] : [], closures: [], versions: [] };
      programmes.push(p);
    }
    p.name = c.programme.name;
    p.institution = c.programme.institution;
    const version = { id: nextId++, number: p.versions.length + 1, label: c.programme.version, created_at: nowIso(), origin: 'import', curriculum: c };
    p.versions.push(version);
    record(me, 'curriculum.imported', 'programme', p.id, null, { version: String(version.number) });
    return send(res, 201, { programme: programmeJson(p), version: versionInfo(version) });
  }
  const progMatch = path.match(/^\/programmes\/(\d+)\/(curriculum|versions|closures)$/);
  if (progMatch) {
    if (!needAuth()) return;
    const p = programmes.find((x) => x.id === Number(progMatch[1]));
    if (!p) return fail(res, 404, 'not_found', 'Deze opleiding bestaat niet.');
    const staff = isStaff(me, p.id) || me.roles.includes('admin');
    const lead = isStaff(me, p.id, ['programme_lead']);
    const what = progMatch[2];
    if (what === 'curriculum' && method === 'GET') {
      const member = cohorts.some((c) => c.programme_id === p.id && isMember(me, c));
      if (!staff && !member) return fail(res, 403, 'permission_denied', 'Je hebt geen toegang tot deze gegevens.');
      const v = currentVersion(p);
      if (!v) return fail(res, 404, 'not_found', 'Deze opleiding heeft nog geen curriculum.');
      return send(res, 200, { version: versionInfo(v), ...clone(v.curriculum), programme: { ...clone(v.curriculum.programme), version: v.label } });
    }
    if (what === 'curriculum' && method === 'PUT') {
      if (!lead) return fail(res, 403, 'permission_denied', 'Alleen de opleidingscoördinator van deze opleiding kan het curriculum wijzigen.');
      const body = await readJson(req);
      if (!body) return fail(res, 422, 'invalid_argument', 'De inhoud van het verzoek moet een JSON-object zijn.', [{ field: 'body', message: 'Geen geldige JSON.' }]);
      const problems = curriculumProblems(body);
      if (body.programme?.code !== p.code) problems.push({ field: 'programme.code', message: 'De code van de opleiding kan niet veranderen.' });
      if (p.versions.some((v) => v.label === body.programme?.version)) problems.push({ field: 'programme.version', message: 'Er is al een versie met dit label.' });
      if (problems.length) return fail(res, 422, 'invalid_argument', 'Het curriculum bevat fouten; er is niets bewaard.', problems);
      const version = { id: nextId++, number: p.versions.length + 1, label: body.programme.version, created_at: nowIso(), origin: 'editor', curriculum: { programme: body.programme, course_units: body.course_units, modules: body.modules } };
      p.versions.push(version);
      p.name = body.programme.name;
      record(me, 'curriculum.edited', 'programme', p.id, null, { version: String(version.number) });
      return send(res, 201, { version: versionInfo(version), ...clone(version.curriculum) });
    }
    if (what === 'versions' && method === 'GET') {
      if (!staff) return fail(res, 403, 'permission_denied', 'Je hebt geen toegang tot deze gegevens.');
      return send(res, 200, { items: [...p.versions].reverse().map(versionInfo) });
    }
    if (what === 'closures' && method === 'GET') {
      if (!staff) return fail(res, 403, 'permission_denied', 'Je hebt geen toegang tot deze gegevens.');
      return send(res, 200, { flemish_holiday: p.flemish_holiday, closures: clone(p.closures) });
    }
    if (what === 'closures' && method === 'PUT') {
      if (!lead) return fail(res, 403, 'permission_denied', 'Alleen de opleidingscoördinator kan dit wijzigen.');
      const body = (await readJson(req)) ?? {};
      const fields = [];
      if (typeof body.flemish_holiday !== 'boolean') fields.push({ field: 'flemish_holiday', message: 'Moet waar of onwaar (true/false) zijn.' });
      (Array.isArray(body.closures) ? body.closures : []).forEach((c, i) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(c.from ?? '')) fields.push({ field: `closures[${i}].from`, message: 'Geef een datum (JJJJ-MM-DD).' });
        if (!/^\d{4}-\d{2}-\d{2}$/.test(c.to ?? '')) fields.push({ field: `closures[${i}].to`, message: 'Geef een datum (JJJJ-MM-DD).' });
        else if (c.to < c.from) fields.push({ field: `closures[${i}].to`, message: 'De einddatum ligt vóór de begindatum.' });
      });
      if (fields.length) return fail(res, 422, 'invalid_argument', 'Controleer de gemarkeerde velden.', fields);
      p.flemish_holiday = body.flemish_holiday;
      p.closures = clone(body.closures ?? []);
      return send(res, 200, { flemish_holiday: p.flemish_holiday, closures: clone(p.closures) });
    }
  }

  // --- cohorts ---------------------------------------------------------------------
  if (path === '/cohorts' && method === 'GET') {
    if (!needAuth()) return;
    return send(res, 200, { items: cohorts.filter((c) => isStaff(me, c.programme_id) || isMember(me, c)).map(cohortJson) });
  }
  if (path === '/cohorts' && method === 'POST') {
    if (!needRole('programme_lead', 'coordinator')) return;
    const body = (await readJson(req)) ?? {};
    const fields = [];
    const p = programmes.find((x) => x.id === body.programme_id);
    if (!p) fields.push({ field: 'programme_id', message: 'Kies een opleiding.' });
    else if (!isStaff(me, p.id, ['programme_lead', 'coordinator'])) return fail(res, 403, 'permission_denied', 'Je werkt niet voor deze opleiding.');
    if (typeof body.name !== 'string' || !body.name.trim()) fields.push({ field: 'name', message: 'Vul een naam in.' });
    else if (cohorts.some((c) => c.name === body.name.trim())) fields.push({ field: 'name', message: 'Er is al een cohorte met deze naam.' });
    if (!/^(\d{4})-(\d{4})$/.test(body.academic_year ?? '') || +body.academic_year.slice(5) !== +body.academic_year.slice(0, 4) + 1) {
      fields.push({ field: 'academic_year', message: 'Schrijf het academiejaar als 2027-2028.' });
    }
    if (fields.length) return fail(res, 422, 'invalid_argument', 'Controleer de gemarkeerde velden.', fields);
    const c = { id: nextId++, programme_id: p.id, name: body.name.trim(), academic_year: body.academic_year, version_id: currentVersion(p)?.id, contacts: [], members: [], calendar: new Map() };
    cohorts.push(c);
    return send(res, 201, cohortJson(c));
  }
  const cohortMatch = path.match(/^\/cohorts\/(\d+)(\/.*)?$/);
  if (cohortMatch) {
    if (!needAuth()) return;
    const c = cohorts.find((x) => x.id === Number(cohortMatch[1]));
    if (!c) return fail(res, 404, 'not_found', 'Deze cohorte bestaat niet.');
    const rest = cohortMatch[2] ?? '';
    const staff = isStaff(me, c.programme_id);
    const manager = isStaff(me, c.programme_id, ['programme_lead', 'coordinator']);
    const lead = isStaff(me, c.programme_id, ['programme_lead']);
    const denied = () => fail(res, 403, 'permission_denied', 'Je hebt geen toegang tot deze gegevens.');
    const version = findVersion(c.version_id);
    const modules = version?.curriculum.modules ?? [];

    if (rest === '' && method === 'GET') {
      if (!staff && !isMember(me, c)) return denied();
      return send(res, 200, cohortJson(c));
    }
    if (rest === '' && method === 'PATCH') {
      if (!manager) return denied();
      const body = (await readJson(req)) ?? {};
      const fields = [];
      if ('name' in body && (typeof body.name !== 'string' || !body.name.trim())) fields.push({ field: 'name', message: 'Vul een naam in.' });
      if ('contacts' in body) {
        (body.contacts ?? []).forEach((x, i) => {
          if (!['coordinator', 'programme_lead'].includes(x.role)) fields.push({ field: `contacts[${i}].role`, message: 'Kies coordinator of programme_lead.' });
          if (!x.name?.trim()) fields.push({ field: `contacts[${i}].name`, message: 'Vul een naam in.' });
          if (x.email && !EMAIL.test(x.email)) fields.push({ field: `contacts[${i}].email`, message: 'Dit is geen geldig e-mailadres.' });
        });
      }
      if (fields.length) return fail(res, 422, 'invalid_argument', 'Controleer de gemarkeerde velden.', fields);
      if ('name' in body) c.name = body.name.trim();
      if ('contacts' in body) c.contacts = clone(body.contacts);
      return send(res, 200, cohortJson(c));
    }
    if (rest === '/members' && method === 'GET') {
      if (!staff) return denied();
      return send(res, 200, { items: c.members.map(memberJson) });
    }
    if (rest === '/members' && method === 'POST') {
      if (!manager) return denied();
      const body = (await readJson(req)) ?? {};
      const fields = [];
      if (typeof body.name !== 'string' || !body.name.trim()) fields.push({ field: 'name', message: 'Vul een naam in.' });
      if (typeof body.email !== 'string' || !EMAIL.test(body.email)) fields.push({ field: 'email', message: 'Dit is geen geldig e-mailadres.' });
      if (!['student', 'mentor'].includes(body.role)) fields.push({ field: 'role', message: 'Kies student of mentor.' });
      if (fields.length) return fail(res, 422, 'invalid_argument', 'Controleer de gemarkeerde velden.', fields);
      let user = users.find((u) => u.email.toLowerCase() === body.email.toLowerCase());
      if (user && c.members.some((m) => m.userId === user.id && m.role === body.role)) {
        return fail(res, 409, 'already_exists', `${user.name} is al ${body.role === 'student' ? 'student' : 'mentor'} in deze cohorte.`);
      }
      if (!user) {
        user = { id: nextUserId++, email: body.email, name: body.name.trim(), roles: [body.role], active: true, password: null };
        users.push(user);
        newLink(user, 'invitation');
      } else if (!user.roles.includes(body.role)) user.roles.push(body.role);
      const member = { userId: user.id, role: body.role, student_number: body.role === 'student' ? (body.student_number ?? '') : '' };
      c.members.push(member);
      return send(res, 201, memberJson(member));
    }
    if ((rest === '/student-imports/preview' || rest === '/student-imports') && method === 'POST') {
      if (!manager) return denied();
      const raw = await readRaw(req);
      await new Promise((r) => setTimeout(r, 300)); // so the progress can be seen
      const text = decodeUtf8(raw);
      if (text === null) {
        return fail(res, 422, 'invalid_argument', 'Het bestand is geen UTF-8-tekst.', [
          { field: 'file', message: 'Dit bestand is geen UTF-8-tekst. Bewaar het in Excel als "CSV UTF-8" en probeer opnieuw.' },
        ]);
      }
      const result = parseStudentCsv(text, c);
      if (result.headerError) return fail(res, 422, 'invalid_argument', result.headerError, [{ field: 'file', message: result.headerError }]);
      if (rest === '/student-imports/preview') return send(res, 200, result);
      if (result.error_count) {
        return send(res, 422, { error: { code: 'invalid_argument', message: `${result.error_count} rij(en) bevatten fouten; er is niets geïmporteerd.`, fields: [] }, rows: result.rows });
      }
      for (const row of result.rows) {
        if (row.status === 'member') continue;
        let user = users.find((u) => u.email.toLowerCase() === row.email);
        if (!user) {
          user = { id: nextUserId++, email: row.email, name: row.name, roles: ['student'], active: true, password: null };
          users.push(user);
          newLink(user, 'invitation');
        }
        c.members.push({ userId: user.id, role: 'student', student_number: row.student_number });
      }
      return send(res, 201, result);
    }
    if (rest === '/calendar' && method === 'GET') {
      if (!staff && !isMember(me, c)) return denied();
      return send(res, 200, { modules: modules.map((m) => moduleCalendar(c, m)) });
    }
    const calMatch = rest.match(/^\/calendar\/([a-z0-9-]+)(\/preview)?$/);
    if (calMatch && ((method === 'PUT' && !calMatch[2]) || (method === 'POST' && calMatch[2]))) {
      if (!lead) return denied();
      const module = modules.find((m) => m.code === calMatch[1]);
      if (!module) return fail(res, 404, 'not_found', 'Deze module bestaat niet in het curriculum van de cohorte.');
      const body = (await readJson(req)) ?? {};
      const rule = { patterns: body.rule?.patterns ?? [], added: body.rule?.added ?? [], removed: body.rule?.removed ?? [] };
      const problems = ruleProblems(body.rule ? rule : null);
      if (problems.length) return fail(res, 422, 'invalid_argument', 'Controleer de gemarkeerde velden.', problems);
      if (calMatch[2]) return send(res, 200, moduleCalendar(c, module, rule));
      const before = moduleCalendar(c, module);
      if (before.started && body.confirm_started !== true) {
        return fail(res, 409, 'failed_precondition', `${module.name} is al begonnen: bevestig dat je de werkplekdagen wil wijzigen.`);
      }
      c.calendar.set(module.code, clone(rule));
      record(me, 'calendar.updated', 'cohort', c.id, null, { module: module.code, days: String(ruleDays(rule).length) });
      return send(res, 200, moduleCalendar(c, module));
    }
  }

  // --- the student's iCal feed -------------------------------------------------------
  if (path === '/me/calendar-feed') {
    if (!needRole('student')) return;
    if (method === 'GET') {
      const feed = feeds.get(me.id);
      if (!feed) return fail(res, 404, 'not_found', 'Je hebt nog geen agenda-abonnement.');
      return send(res, 200, { url: `http://127.0.0.1:${PORT}/api/v1/calendar-feeds/${feed.token}.ics`, created_at: feed.created_at });
    }
    if (method === 'POST') {
      const feed = { token: randomBytes(18).toString('base64url'), created_at: nowIso() };
      feeds.set(me.id, feed);
      return send(res, 201, { url: `http://127.0.0.1:${PORT}/api/v1/calendar-feeds/${feed.token}.ics`, created_at: feed.created_at });
    }
    if (method === 'DELETE') {
      feeds.delete(me.id);
      return send(res, 204);
    }
  }

  // --- published plans (R14, R15): the mock has none -------------------------------------
  if (path === '/me/plans' && method === 'GET') {
    if (!needRole('student', 'mentor')) return;
    return send(res, 200, { rotation_days: [], groups: [] });
  }
  return fail(res, 404, 'not_found', 'Dit adres bestaat niet in de API.');
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

function serveStatic(req, res, url) {
  if (!existsSync(join(DIST, 'index.html'))) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end('web/dist ontbreekt: voer eerst `npm run build` uit.');
  }
  let file = normalize(join(DIST, decodeURIComponent(url.pathname)));
  if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
    // SPA fallback: unknown non-API paths get index.html; missing assets 404.
    if (url.pathname.startsWith('/assets/')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Niet gevonden');
    }
    file = join(DIST, 'index.html');
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(readFileSync(file));
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`);
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  try {
    if (url.pathname.startsWith('/api/')) await api(req, res, url);
    else serveStatic(req, res, url);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) fail(res, 500, 'internal', 'Er ging iets mis.');
  }
});

server.listen(PORT, '127.0.0.1', () => {
  console.log(`Leerplek DEV MOCK listening on http://127.0.0.1:${PORT}`);
  if (ACCOUNTS) {
    writeFileSync(ACCOUNTS, users.filter((u) => u.password).map((u) => `${u.roles[0]} ${u.email} ${PASSWORD}`).join('\n') + '\n');
    console.log(`accounts written to ${ACCOUNTS}`);
  }
});
