import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n/i18n';

// The API client keeps the fetch it found when it was created, so the stand-in must be in
// place before the imports run.
const fetch = vi.hoisted(() => {
  const stub = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = stub as unknown as typeof globalThis.fetch;
  return stub;
});

const { api, listenToSession, setCsrfToken } = await import('./client');

function answer(status: number, body: unknown = {}) {
  fetch.mockImplementation(
    async () =>
      new Response(status === 204 ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' },
      }),
  );
}

function sent(): Request {
  const [request] = fetch.mock.calls.at(-1) ?? [];
  if (!request) throw new Error('nothing was sent');
  return request;
}

afterEach(() => {
  fetch.mockReset();
  setCsrfToken(null);
});

describe('the API client', () => {
  it('sends the CSRF token with writes only', async () => {
    answer(200);
    setCsrfToken('csrf-1');
    await api.GET('/api/v1/me');
    expect(sent().headers.get('X-CSRF-Token')).toBeNull();
    await api.PATCH('/api/v1/me', { body: { lang: 'en' } });
    expect(sent().headers.get('X-CSRF-Token')).toBe('csrf-1');
    answer(204);
    await api.DELETE('/api/v1/tokens/{id}', { params: { path: { id: 3 } } });
    expect(sent().headers.get('X-CSRF-Token')).toBe('csrf-1');

    setCsrfToken(null);
    await api.DELETE('/api/v1/session');
    expect(sent().headers.get('X-CSRF-Token')).toBeNull();
  });

  it('tells the session layer about a lost session, but not about a failed sign-in', async () => {
    const listener = { onUnauthenticated: vi.fn(), onPasswordChangeRequired: vi.fn() };
    const stop = listenToSession(listener);
    answer(401, { type: '/problems/unauthenticated', title: 'Unauthenticated', status: 401 });
    await api.POST('/api/v1/session', { body: { email: 'a@b.c', password: 'wrong' } });
    expect(listener.onUnauthenticated).not.toHaveBeenCalled();
    await api.GET('/api/v1/countries');
    expect(listener.onUnauthenticated).toHaveBeenCalledTimes(1);

    answer(403, { type: '/problems/forbidden', title: 'Forbidden', status: 403 });
    await api.GET('/api/v1/users');
    expect(listener.onPasswordChangeRequired).not.toHaveBeenCalled();
    answer(403, { type: '/problems/password-change-required', title: 'Change it', status: 403 });
    const { error } = await api.GET('/api/v1/users');
    expect(listener.onPasswordChangeRequired).toHaveBeenCalledTimes(1);
    // The body is still there for the caller.
    expect(error).toMatchObject({ type: '/problems/password-change-required' });

    stop();
    await api.GET('/api/v1/users');
    expect(listener.onPasswordChangeRequired).toHaveBeenCalledTimes(1);
  });
});
