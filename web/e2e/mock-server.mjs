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
    writeFileSync(ACCOUNTS, users.map((u) => `${u.roles[0]} ${u.email} ${PASSWORD}`).join('\n') + '\n');
    console.log(`accounts written to ${ACCOUNTS}`);
  }
});
