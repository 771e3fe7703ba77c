export const LOGIN_PATH = '/login';

// Any origin will do: it only tells whether a path would leave it.
const BASE = 'https://attache.invalid';

/**
 * Where to go after signing in, from the `next` query parameter: only a path of this site
 * ("/countries/VN?tab=1"), never another origin ("//evil.example", "https:...",
 * "/\evil.example"), a script URL or the login page itself; anything else means "/".
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // Browsers drop tabs and line breaks inside URLs, so "/\t/evil.example" is "//evil.example".
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  if (url.pathname === LOGIN_PATH) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The login page's address that returns to `path` (a location's path, search and hash). */
export function loginPath(path: string): string {
  const next = safeNextPath(path);
  return next === '/' ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(next)}`;
}
