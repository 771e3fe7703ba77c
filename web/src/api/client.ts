import createClient from 'openapi-fetch';
import { currentLanguage } from '../i18n/i18n';
import { isProblem, toProblemError } from './problem';
import type { paths } from './schema';
import type { Problem } from './types';

/** The typed client of /api/v1; paths, parameters and bodies are checked against the schema. */
// An absolute base: a Request made from a bare path is an error outside the browser (tests).
export const api = createClient<paths>({ baseUrl: window.location.origin });

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOGIN_PATH = '/api/v1/session';

/** What the session layer learns from answers to calls it did not make itself. */
export interface SessionListener {
  /** The session is gone (expired, revoked, signed out elsewhere): 401. */
  onUnauthenticated: () => void;
  /** The server wants the one-time password replaced before anything else. */
  onPasswordChangeRequired: () => void;
}

let csrfToken: string | null = null;
let listener: SessionListener | null = null;

/** The CSRF token of the current session, sent with every unsafe method; null when signed out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registers the one session listener (the auth provider); returns the way to remove it. */
export function listenToSession(next: SessionListener): () => void {
  listener = next;
  return () => {
    if (listener === next) listener = null;
  };
}

function isLogin(request: Request): boolean {
  return request.method === 'POST' && new URL(request.url).pathname === LOGIN_PATH;
}

api.use({
  onRequest({ request }) {
    // The server localises problem texts by Accept-Language, so every call says which
    // language the reader chose rather than what the browser would send.
    request.headers.set('Accept-Language', currentLanguage());
    if (csrfToken && UNSAFE_METHODS.has(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  async onResponse({ request, response }) {
    // A failed sign-in is the login form's business, not a lost session.
    if (response.status === 401 && !isLogin(request)) {
      listener?.onUnauthenticated();
    } else if (response.status === 403) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      if (isProblem(body) && (body as Problem).type === '/problems/password-change-required') {
        listener?.onPasswordChangeRequired();
      }
    }
    return response;
  },
});

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful call plus its response; throws ProblemError otherwise. */
export async function send<T>(call: Promise<FetchResult<T>>): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) throw toProblemError(error, response);
  return { data, response };
}

/** For calls answered with 204 No Content; throws ProblemError on failure. */
export async function sendEmpty(call: Promise<FetchResult<unknown>>): Promise<Response> {
  const { error, response } = await call;
  if (!response.ok) throw toProblemError(error, response);
  return response;
}

/** The entity tag to send back in If-Match: the ETag header, else the record's version. */
export function entityTag(response: Response, version: number): string {
  return response.headers.get('ETag') ?? `"${version}"`;
}
