import { describe, expect, it } from 'vitest';
import type { Me, User } from '../api/types';
import { can, groupPermissions, tokenPermissions } from './permissions';

function me(user: Partial<User>, permissions: string[]): Me {
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
    permissions,
    csrf_token: 'csrf',
    auth: 'session',
    expires_at: '2026-01-02T00:00:00Z',
  };
}

const analyst = me({ role: 'analyst' }, [
  'country.read',
  'country.update',
  'attache.read',
  'attache.update',
  'audit.read',
]);
const attache = me({ role: 'attache', countries: ['VN'] }, [
  'country.read',
  'attache.read',
  'attache.update',
]);
const company = me({ role: 'company', company_id: 7 }, ['country.read', 'attache.read']);
const region = me({ role: 'region', region: 'RU-TA' }, ['country.read', 'country.update']);

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
    const writer = { ...company, permissions: [...company.permissions, 'attache.update'] };
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
    const user = me({}, ['country.read', 'session.create', 'session.delete', 'token.read']);
    expect(tokenPermissions(user)).toEqual(['country.read', 'token.read']);
  });
});
