import { describe, expect, it } from 'vitest';
import type { Me, User } from '../api/types';
import { can, groupPermissions, tokenPermissions } from './permissions';

// A caller holding `scopes` (permission -> scope), as GET /api/v1/me describes it.
function me(user: Partial<User>, scopes: Me['scopes']): Me {
  return {
    user: {
      id: 1,
      email: 'someone@attache.demo',
      display_name: 'Someone',
      lang: 'en',
      role: 'viewer',
      countries: [],
      company_id: null,
      region: null,
      active: true,
      must_change_password: false,
      last_login_at: null,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      version: 1,
      ...user,
    },
    permissions: Object.keys(scopes),
    scopes,
    csrf_token: 'csrf',
    auth: 'session',
    expires_at: '2026-01-02T00:00:00Z',
  };
}

const analyst = me(
  { role: 'analyst' },
  {
    'country.read': 'all',
    'country.update': 'all',
    'attache.read': 'all',
    'attache.update': 'all',
    'audit.read': 'all',
  },
);
const attache = me(
  { role: 'attache', countries: ['VN'] },
  { 'country.read': 'all', 'attache.read': 'all', 'attache.update': 'own_countries' },
);
const company = me({ role: 'company', company_id: 7 }, { 'country.read': 'all', 'attache.read': 'all' });
const region = me(
  { role: 'region', region: 'RU-TA' },
  { 'country.read': 'all', 'country.update': 'own_region' },
);

describe('can', () => {
  it('holds only the permissions the server listed', () => {
    expect(can(analyst, 'country.update')).toBe(true);
    expect(can(analyst, 'user.read')).toBe(false);
    expect(can(attache, 'audit.read')).toBe(false);
  });

  it('gives nothing to nobody', () => {
    expect(can(null, 'country.read')).toBe(false);
    expect(can(undefined, 'country.read')).toBe(false);
  });

  it('lets an attaché change only the records of its own countries', () => {
    expect(can(attache, 'attache.update', { country: 'VN' })).toBe(true);
    expect(can(attache, 'attache.update', { country: 'vn' })).toBe(true);
    expect(can(attache, 'attache.update', { country: 'TR' })).toBe(false);
    // Reading is not narrowed by the scope.
    expect(can(attache, 'attache.read', { country: 'TR' })).toBe(true);
    // Without a record the question is whether the permission is held at all.
    expect(can(attache, 'attache.update')).toBe(true);
  });

  it('does not narrow the roles that hold permissions everywhere', () => {
    expect(can(analyst, 'attache.update', { country: 'TR' })).toBe(true);
    expect(can(analyst, 'country.update', { country: 'VN', company: 3, region: 'RU-MOW' })).toBe(true);
  });

  it('narrows company and regional users to their own company and region', () => {
    expect(can(region, 'country.update', { region: 'RU-TA' })).toBe(true);
    expect(can(region, 'country.update', { region: 'ru-ta' })).toBe(true);
    expect(can(region, 'country.update', { region: 'RU-MOW' })).toBe(false);
    const writer = me(
      { role: 'company', company_id: 7 },
      { ...company.scopes, 'attache.update': 'own_company' },
    );
    expect(can(writer, 'attache.update', { company: 7 })).toBe(true);
    expect(can(writer, 'attache.update', { company: 8 })).toBe(false);
  });
});

describe('groupPermissions', () => {
  it('groups by resource in a fixed order, whatever order they came in', () => {
    expect(
      groupPermissions(['token.read', 'country.update', 'attache.read', 'country.read', 'token.read']),
    ).toEqual([
      { resource: 'country', permissions: ['country.read', 'country.update'] },
      { resource: 'attache', permissions: ['attache.read'] },
      { resource: 'token', permissions: ['token.read'] },
    ]);
  });

  it('keeps permissions it does not know, after the known ones', () => {
    expect(groupPermissions(['report.read', 'country.archive', 'country.read', 'deal.create'])).toEqual([
      { resource: 'country', permissions: ['country.read', 'country.archive'] },
      { resource: 'deal', permissions: ['deal.create'] },
      { resource: 'report', permissions: ['report.read'] },
    ]);
  });

  it('is empty for no permissions', () => {
    expect(groupPermissions([])).toEqual([]);
  });
});

describe('tokenPermissions', () => {
  it('offers a token everything of the user but signing in and out', () => {
    const user = me(
      {},
      { 'country.read': 'all', 'session.create': 'all', 'session.delete': 'self', 'token.read': 'self' },
    );
    expect(tokenPermissions(user)).toEqual(['country.read', 'token.read']);
  });
});
