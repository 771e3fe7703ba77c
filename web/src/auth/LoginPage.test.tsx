import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n/i18n';
import { setLanguage } from '../i18n/i18n';
import { AuthProvider } from './AuthProvider';
import { LoginPage } from './LoginPage';

const fetch = vi.hoisted(() => {
  const stub = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = stub as unknown as typeof globalThis.fetch;
  return stub;
});

const me = {
  user: {
    id: 2,
    email: 'analyst@attache.demo',
    display_name: 'Analyst',
    lang: 'en',
    role: 'analyst',
    countries: [],
    company_id: null,
    region: null,
    active: true,
    must_change_password: false,
    last_login_at: null,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    version: 1,
  },
  permissions: ['country.read'],
  scopes: { 'country.read': 'all' },
  csrf_token: 'csrf',
  auth: 'session',
  expires_at: null,
};

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json', ...headers },
  });
}

/** GET /me says nobody is signed in; the sign-in itself answers `login`. */
function serve(login: () => Response) {
  fetch.mockImplementation(async (request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/me')
      return json(401, { type: '/problems/unauthenticated', title: 'Sign in', status: 401 });
    if (path === '/api/v1/session' && request.method === 'POST') return login();
    return json(404, { type: '/problems/not-found', title: 'Not found', status: 404 });
  });
}

function Where() {
  const location = useLocation();
  return <div data-testid="where">{location.pathname}</div>;
}

function renderLogin(next = '/countries/VN') {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <AuthProvider>
          <MemoryRouter
            initialEntries={[`/login?next=${encodeURIComponent(next)}`]}
            future={{ v7_startTransition: true, v7_relativeSplatPath: true }}
          >
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route path="*" element={<Where />} />
            </Routes>
          </MemoryRouter>
        </AuthProvider>
      </App>
    </QueryClientProvider>,
  );
}

async function signIn(password: string) {
  fireEvent.change(await screen.findByLabelText('E-mail'), { target: { value: 'analyst@attache.demo' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

afterEach(async () => {
  fetch.mockReset();
  await setLanguage('en');
});

describe('LoginPage', () => {
  it('shows the server message for wrong credentials and empties the password', async () => {
    serve(() =>
      json(401, {
        type: '/problems/unauthenticated',
        title: 'Unauthenticated',
        status: 401,
        detail: 'Wrong e-mail or password.',
      }),
    );
    renderLogin();
    await signIn('wrong-password');
    expect(await screen.findByText('Wrong e-mail or password.')).toBeTruthy();
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
  });

  it('says how long to wait when sign-in is throttled, and waits', async () => {
    serve(() =>
      json(
        429,
        { type: '/problems/too-many-requests', title: 'Too many', status: 429, detail: 'Later.' },
        { 'Retry-After': '120' },
      ),
    );
    renderLogin();
    await signIn('wrong-password');
    expect(await screen.findByText(/You can try again in 2 minutes\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' }).hasAttribute('disabled')).toBe(true);
  });

  it('goes where the reader wanted to go after signing in', async () => {
    serve(() => json(200, me));
    renderLogin('/countries/VN?tab=attaches');
    await signIn('analyst-demo-2026');
    expect((await screen.findByTestId('where')).textContent).toBe('/countries/VN');
    const [login] = fetch.mock.calls
      .map(([request]) => request)
      .filter((request) => request.method === 'POST');
    expect(await login?.json()).toEqual({ email: 'analyst@attache.demo', password: 'analyst-demo-2026' });
  });

  it('never follows a next that leaves the site', async () => {
    serve(() => json(200, me));
    renderLogin('//evil.example/phish');
    await signIn('analyst-demo-2026');
    expect((await screen.findByTestId('where')).textContent).toBe('/');
  });
});
