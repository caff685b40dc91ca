// Client-side routing with the history API; paths are Dutch.

import { normalisePath } from './paths';

export const route = $state({
  path: normalisePath(location.pathname),
  search: location.search,
  hash: location.hash,
  /** Increases on every navigation, so pages can move focus after it. */
  count: 0,
});

function sync(): void {
  route.path = normalisePath(location.pathname);
  route.search = location.search;
  route.hash = location.hash;
  route.count += 1;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, location.origin);
  const current = location.pathname + location.search + location.hash;
  const next = url.pathname + url.search + url.hash;
  if (next !== current) {
    if (options.replace) history.replaceState(null, '', next);
    else history.pushState(null, '', next);
  }
  sync();
  window.scrollTo(0, 0);
}

export function queryParam(name: string): string | null {
  return new URLSearchParams(route.search).get(name);
}

/** Follow same-origin links inside the app without a full page load. */
function onClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
  const href = anchor.getAttribute('href');
  if (!href || href.startsWith('#') || anchor.dataset.external !== undefined) return;
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
}

export function startRouter(): () => void {
  window.addEventListener('popstate', sync);
  document.addEventListener('click', onClick);
  return () => {
    window.removeEventListener('popstate', sync);
    document.removeEventListener('click', onClick);
  };
}
