import type { Role, User, UserInput, UserPatch } from '../api/types';
import type { Language } from '../i18n/i18n';

/** What the user dialog edits; the scope fields that do not fit the role are ignored. */
export interface UserValues {
  email?: string;
  display_name?: string;
  lang: Language;
  role: Role;
  countries?: string[];
  company_id?: number | null;
  region?: string;
}

interface UserScope {
  countries: string[];
  company_id: number | null;
  region: string | null;
}

// Mirrors UserInput in docs/openapi.yaml.
export const REGION_PATTERN = /^RU-[A-Z]{2,3}$/;
export const DISPLAY_NAME_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;

/** The scope the role takes (an attaché's countries, a company, a region) and none of the others. */
export function scopeOf(values: UserValues): UserScope {
  return {
    countries:
      values.role === 'attache'
        ? [...new Set((values.countries ?? []).map((c) => c.toUpperCase()))].sort()
        : [],
    company_id: values.role === 'company' ? (values.company_id ?? null) : null,
    region: values.role === 'region' ? values.region?.trim().toUpperCase() || null : null,
  };
}

export function toUserValues(user: User | undefined, language: Language): UserValues {
  if (!user) return { email: '', display_name: '', lang: language, role: 'viewer', countries: [] };
  return {
    email: user.email,
    display_name: user.display_name,
    lang: user.lang,
    role: user.role,
    countries: user.countries,
    company_id: user.company_id,
    region: user.region ?? '',
  };
}

/** A new user: only the scope field its role takes is sent. */
export function toUserInput(values: UserValues): UserInput {
  const scope = scopeOf(values);
  const input: UserInput = {
    email: values.email?.trim() ?? '',
    display_name: values.display_name?.trim() ?? '',
    lang: values.lang,
    role: values.role,
  };
  if (values.role === 'attache') input.countries = scope.countries;
  if (values.role === 'company') input.company_id = scope.company_id;
  if (values.role === 'region') input.region = scope.region;
  return input;
}

function sameCountries(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((code, index) => code === [...b].sort()[index]);
}

/**
 * A change of an existing user: only what differs. A new role also clears the scope of the
 * old one (an attaché made analyst keeps no countries), so the result is valid as a whole.
 */
export function toUserPatch(user: User, values: UserValues): UserPatch {
  const patch: UserPatch = {};
  const name = values.display_name?.trim() ?? '';
  if (name !== user.display_name) patch.display_name = name;
  if (values.lang !== user.lang) patch.lang = values.lang;
  if (values.role !== user.role) patch.role = values.role;
  const scope = scopeOf(values);
  if (!sameCountries(scope.countries, user.countries)) patch.countries = scope.countries;
  if (scope.company_id !== user.company_id) patch.company_id = scope.company_id;
  if (scope.region !== user.region) patch.region = scope.region;
  return patch;
}
