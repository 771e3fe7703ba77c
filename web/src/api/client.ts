import createClient from 'openapi-fetch';
import { currentLanguage } from '../i18n/i18n';
import { toProblemError } from './problem';
import type { paths } from './schema';

/** The typed client of /api/v1; paths, parameters and bodies are checked against the schema. */
// An absolute base: a Request made from a bare path is an error outside the browser (tests).
export const api = createClient<paths>({ baseUrl: window.location.origin });

// The server localises problem texts by Accept-Language, so every call says which language
// the reader chose rather than what the browser would send.
api.use({
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLanguage());
    return request;
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

/** The entity tag to send back in If-Match: the ETag header, else the record's version. */
export function entityTag(response: Response, version: number): string {
  return response.headers.get('ETag') ?? `"${version}"`;
}
