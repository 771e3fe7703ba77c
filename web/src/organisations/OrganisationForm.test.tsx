import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n/i18n';
import { AuthProvider } from '../auth/AuthProvider';
import type { OrganisationRecord } from './api';
import { OrganisationForm } from './OrganisationForm';
import type { OrganisationDetail } from './types';

// The API client keeps the fetch it found when it was created, so the stand-in must be in
// place before the imports run.
const fetch = vi.hoisted(() => {
  const stub = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = stub as unknown as typeof globalThis.fetch;
  return stub;
});

const PERMISSIONS = [
  'organisation.read',
  'organisation.create',
  'organisation.update',
  'organisation.delete',
];
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
  permissions: PERMISSIONS,
  scopes: Object.fromEntries(PERMISSIONS.map((permission) => [permission, 'all'])),
  csrf_token: 'csrf',
  auth: 'session',
  expires_at: null,
};

const company: OrganisationDetail = {
  id: 12,
  kind: 'domestic_company',
  name_ru: 'Небесные системы',
  name_en: 'Sky Systems',
  country: 'RU',
  inn: null,
  ogrn: null,
  website: '',
  size_band: null,
  hq_region: null,
  description_ru: '',
  description_en: '',
  accredited: false,
  accreditation_number: null,
  accreditation_date: null,
  sectors: [],
  parent_id: null,
  markets: [{ country: 'VN', status: 'interested', since: null, note: '' }],
  hub_services: [],
  hub_operator_id: null,
  residents: [],
  solution_count: 0,
  contact_count: 0,
  version: 3,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  links: { parent: null, hub_operator: null, children: [], residents: [], resident_of: [], operates: [] },
};

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' },
  });
}

/** The server: GET /me, the reference lists, and `write` for the organisation's POST or PATCH. */
function serve(write: (request: Request) => Response) {
  fetch.mockImplementation(async (request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/me') return json(200, me);
    if (path === '/api/v1/countries') {
      return json(200, {
        items: [
          { iso2: 'RU', name_en: 'Russia', name_ru: 'Россия' },
          { iso2: 'VN', name_en: 'Vietnam', name_ru: 'Вьетнам' },
        ],
        next_cursor: null,
        total: 2,
      });
    }
    if (path === '/api/v1/taxonomy') return json(200, { groups: [], cooperation_areas: [] });
    if (path === '/api/v1/organisations/duplicates') return json(200, { items: [] });
    if (path === '/api/v1/organisations' && request.method === 'GET') {
      return json(200, { items: [], next_cursor: null, total: 0 });
    }
    return write(request);
  });
}

const writes = () =>
  fetch.mock.calls
    .map(([request]) => request)
    .filter((request) => request.method === 'POST' || request.method === 'PATCH');

function renderForm(record?: OrganisationRecord) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App>
        <AuthProvider>
          <MemoryRouter>
            <OrganisationForm record={record} />
          </MemoryRouter>
        </AuthProvider>
      </App>
    </QueryClientProvider>,
  );
}

afterEach(() => fetch.mockReset());

// The whole form renders antd's heaviest parts (Select, TreeSelect, DatePicker): slow in jsdom.
describe('OrganisationForm', { timeout: 60_000 }, () => {
  it('puts a 422 error on the nested field its pointer names, and sends only what changed', async () => {
    serve(() =>
      json(422, {
        type: '/problems/validation',
        title: 'Invalid request',
        status: 422,
        errors: [{ pointer: '/markets/0/country', message: 'There is no such market here.' }],
      }),
    );
    renderForm({ organisation: company, etag: '"3"' });
    fireEvent.change(await screen.findByLabelText(/^Name in English/), {
      target: { value: 'Sky Systems Group' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const row = await screen.findByTestId('market-0');
    expect(await within(row).findByText('There is no such market here.')).toBeTruthy();
    const [patch] = writes();
    expect(patch?.method).toBe('PATCH');
    expect(patch?.url).toMatch(/\/api\/v1\/organisations\/12$/);
    expect(patch?.headers.get('If-Match')).toBe('"3"');
    expect(patch?.headers.get('Content-Type')).toBe('application/merge-patch+json');
    expect(await patch?.json()).toEqual({ name_en: 'Sky Systems Group' });
  });

  it('offers a reload when someone else saved first', async () => {
    serve(() =>
      json(409, { type: '/problems/conflict', title: 'Conflict', status: 409, detail: 'Changed.' }),
    );
    renderForm({ organisation: company, etag: '"3"' });
    fireEvent.change(await screen.findByLabelText(/^Name in English/), { target: { value: 'Other' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Someone else changed this organisation meanwhile')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('shows the possible duplicates of a 409 and creates anyway with allow_duplicate', async () => {
    serve((request) =>
      new URL(request.url).searchParams.get('allow_duplicate') === 'true'
        ? json(201, { ...company, id: 13 })
        : json(409, {
            type: '/problems/possible-duplicate',
            title: 'Conflict',
            status: 409,
            candidates: [
              {
                id: 12,
                name_ru: 'Небесные системы',
                name_en: 'Sky Systems',
                kind: 'domestic_company',
                country: 'RU',
                inn: null,
                reason: 'name',
              },
            ],
          }),
    );
    renderForm();
    fireEvent.change(await screen.findByLabelText(/^Name in English/), {
      target: { value: 'Sky Systems LLC' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create organisation' }));

    const confirm = await screen.findByTestId('duplicate-confirm');
    expect(within(confirm).getByRole('link', { name: 'Sky Systems' }).getAttribute('href')).toBe(
      '/organisations/12',
    );
    fireEvent.click(within(confirm).getByRole('button', { name: 'Create anyway' }));
    await vi.waitFor(() => expect(writes()).toHaveLength(2));
    const [first, second] = writes();
    expect(new URL(first?.url ?? '').searchParams.get('allow_duplicate')).toBeNull();
    expect(new URL(second?.url ?? '').searchParams.get('allow_duplicate')).toBe('true');
    expect(await second?.json()).toMatchObject({
      kind: 'domestic_company',
      country: 'RU',
      name_en: 'Sky Systems LLC',
    });
  });

  it('refuses a bad INN before anything is sent', async () => {
    serve(() => json(500, {}));
    renderForm();
    fireEvent.change(await screen.findByLabelText(/^Name in English/), { target: { value: 'Sky' } });
    fireEvent.change(screen.getByLabelText(/^INN/), { target: { value: '7707083894' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create organisation' }));
    expect(
      await screen.findByText('Not a valid INN: 10 or 12 digits with the right check digits'),
    ).toBeTruthy();
    expect(writes()).toHaveLength(0);
  });
});
