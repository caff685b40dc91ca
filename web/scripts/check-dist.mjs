// Fails the build when dist/ would break under the server's strict CSP:
// no inline <script>, no <style> blocks, no style="" attributes, nothing
// loaded from another origin.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const problems = [];

for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (!/\bsrc=/.test(match[1])) problems.push('inline <script> in index.html');
  if (match[2].trim()) problems.push('<script> with content in index.html');
}
if (/<style\b/i.test(html)) problems.push('<style> block in index.html');
if (/\sstyle\s*=/i.test(html)) problems.push('style="" attribute in index.html');
if (/\son[a-z]+\s*=/i.test(html)) problems.push('inline event handler in index.html');
for (const match of html.matchAll(/\b(?:src|href)\s*=\s*"([^"]+)"/gi)) {
  if (/^(?:[a-z]+:)?\/\//i.test(match[1])) problems.push(`external resource ${match[1]}`);
}
if (!/<html lang="nl"/.test(html)) problems.push('index.html lacks lang="nl"');

const files = readdirSync(join(dist, 'assets'));
if (!files.some((f) => f.endsWith('.js'))) problems.push('no JavaScript bundle in dist/assets');
if (!files.some((f) => f.endsWith('.css'))) problems.push('no CSS file in dist/assets');
for (const file of files.filter((f) => f.endsWith('.css'))) {
  const css = readFileSync(join(dist, 'assets', file), 'utf8');
  if (/@import|url\(\s*['"]?(?:https?:)?\/\//i.test(css)) problems.push(`${file} loads an external resource`);
}

if (problems.length) {
  console.error('dist/ does not fit the Content-Security-Policy:\n- ' + problems.join('\n- '));
  process.exit(1);
}
console.log('dist/ checked: no inline scripts or styles, no external resources.');
