import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n/i18n';
import type { Country } from '../api/types';
import { PresenceForm } from './PresenceForm';

const vietnam = {
  iso2: 'VN',
  version: 3,
  presence: { status: 'active', since: '2022-10-01', note: '' },
} as Country;

function renderForm() {
  const handlers = { onSaved: vi.fn(), onConflict: vi.fn(), onCancel: vi.fn() };
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <PresenceForm record={{ country: vietnam, etag: '"3"' }} {...handlers} />
      </App>
    </QueryClientProvider>,
  );
  return handlers;
}

// The API client keeps the fetch it found when it was created, so the stand-in must be in
// place before the imports run.
const fetch = vi.hoisted(() => {
  const stub = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = stub as unknown as typeof globalThis.fetch;
  return stub;
});

function answer(status: number, body: unknown) {
  fetch.mockImplementation(
    async () =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' },
      }),
  );
}

afterEach(() => fetch.mockReset());

describe('PresenceForm', () => {
  it('refuses a note over 2000 characters without calling the server', async () => {
    answer(200, {});
    renderForm();
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: 'x'.repeat(2001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The note must be at most 2000 characters')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows the server 422 errors on the fields they point to', async () => {
    answer(422, {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 422,
      detail: 'One field is invalid.',
      request_id: 'req-42',
      errors: [{ pointer: '/note', message: 'The server does not like this note.' }],
    });
    const { onSaved } = renderForm();
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: 'fine here' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The server does not like this note.')).toBeTruthy();
    expect(screen.getByText('Request ID: req-42')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();

    const [request] = fetch.mock.calls[0] ?? [];
    expect(request?.method).toBe('PUT');
    expect(request?.url).toMatch(/\/api\/v1\/countries\/VN\/presence$/);
    expect(request?.headers.get('If-Match')).toBe('"3"');
    expect(request?.headers.get('Accept-Language')).toBe('en');
    expect(await request?.json()).toEqual({ status: 'active', since: '2022-10-01', note: 'fine here' });
  });

  it('hands a 409 to the caller to reload', async () => {
    answer(409, { type: '/problems/conflict', title: 'Conflict', status: 409 });
    const { onConflict } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onConflict).toHaveBeenCalled());
  });
});
