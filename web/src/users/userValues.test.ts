import { describe, expect, it } from 'vitest';
import type { User } from '../api/types';
import { scopeOf, toUserInput, toUserPatch, toUserValues } from './userValues';

const attache: User = {
  id: 3,
  email: 'attache.vn@attache.demo',
  display_name: 'Attaché in Vietnam',
  lang: 'ru',
  role: 'attache',
  countries: ['VN'],
  company_id: null,
  region: null,
  active: true,
  must_change_password: false,
  last_login_at: null,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  version: 4,
};

describe('scopeOf', () => {
  it('keeps only the scope of the chosen role, normalised', () => {
    const values = { lang: 'en', countries: ['vn', 'TR', 'VN'], company_id: 5, region: ' ru-ta ' } as const;
    expect(scopeOf({ ...values, role: 'attache', countries: [...values.countries] })).toEqual({
      countries: ['TR', 'VN'],
      company_id: null,
      region: null,
    });
    expect(scopeOf({ ...values, role: 'company', countries: [] })).toEqual({
      countries: [],
      company_id: 5,
      region: null,
    });
    expect(scopeOf({ ...values, role: 'region', countries: [] })).toEqual({
      countries: [],
      company_id: null,
      region: 'RU-TA',
    });
    expect(scopeOf({ ...values, role: 'analyst', countries: ['VN'] })).toEqual({
      countries: [],
      company_id: null,
      region: null,
    });
  });
});

describe('toUserInput', () => {
  it('sends the scope field of the role and no other', () => {
    expect(
      toUserInput({
        email: ' new@attache.demo ',
        display_name: ' New ',
        lang: 'en',
        role: 'region',
        region: 'RU-TA',
        countries: ['VN'],
      }),
    ).toEqual({
      email: 'new@attache.demo',
      display_name: 'New',
      lang: 'en',
      role: 'region',
      region: 'RU-TA',
    });
    expect(
      toUserInput({ email: 'a@b.c', lang: 'ru', role: 'viewer', countries: ['VN'], company_id: 3 }),
    ).toEqual({
      email: 'a@b.c',
      display_name: '',
      lang: 'ru',
      role: 'viewer',
    });
  });
});

describe('toUserPatch', () => {
  it('sends nothing for an untouched form', () => {
    expect(toUserPatch(attache, toUserValues(attache, 'en'))).toEqual({});
  });

  it('sends what changed, countries in any order being the same', () => {
    const user = { ...attache, countries: ['TR', 'VN'] };
    expect(toUserPatch(user, { ...toUserValues(user, 'en'), countries: ['VN', 'TR'] })).toEqual({});
    expect(toUserPatch(user, { ...toUserValues(user, 'en'), countries: ['VN'], lang: 'en' })).toEqual({
      lang: 'en',
      countries: ['VN'],
    });
  });

  it('clears the old scope when the role changes', () => {
    expect(toUserPatch(attache, { ...toUserValues(attache, 'en'), role: 'analyst' })).toEqual({
      role: 'analyst',
      countries: [],
    });
    expect(toUserPatch(attache, { ...toUserValues(attache, 'en'), role: 'company', company_id: 1 })).toEqual({
      role: 'company',
      countries: [],
      company_id: 1,
    });
  });
});

describe('toUserValues', () => {
  it('starts a new user as a viewer speaking the reader language', () => {
    expect(toUserValues(undefined, 'en')).toMatchObject({ role: 'viewer', lang: 'en', countries: [] });
  });
});
