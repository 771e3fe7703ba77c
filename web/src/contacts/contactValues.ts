import dayjs, { type Dayjs } from 'dayjs';
import type { ConsentBasis, Contact, ContactFields, ContactPatch } from './types';

export const CONSENT_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'legitimate_interest',
  'public',
] as const satisfies readonly ConsentBasis[];

/** What the contact dialog holds. */
export interface ContactValues {
  name_ru?: string;
  name_en?: string;
  position?: string;
  email?: string;
  phone?: string;
  languages?: string[];
  consent_date?: Dayjs | null;
  consent_basis?: ConsentBasis | null;
  notes?: string;
}

/** The fields of the dialog: what a server error may point at. */
export const CONTACT_FIELDS = [
  'name_ru',
  'name_en',
  'position',
  'email',
  'phone',
  'languages',
  'consent_date',
  'consent_basis',
  'notes',
] as const;

/**
 * Whether the server sent the person's personal fields. Viewers get them all as null; for
 * everyone else `languages` and `notes` are always there, if empty.
 */
export function showsPersonal(contact: Pick<Contact, 'languages' | 'notes'>): boolean {
  return contact.languages !== null || contact.notes !== null;
}

const text = (value: string | null | undefined): string => (value ?? '').trim();
const optional = (value: string | null | undefined): string | null => text(value) || null;

export function toValues(contact?: Contact): ContactValues {
  if (!contact) return { languages: [], consent_basis: null, consent_date: null };
  return {
    name_ru: contact.name_ru,
    name_en: contact.name_en,
    position: contact.position,
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    languages: [...(contact.languages ?? [])],
    consent_date: contact.consent_date ? dayjs(contact.consent_date) : null,
    consent_basis: contact.consent_basis ?? null,
    notes: contact.notes ?? '',
  };
}

/** The request body for the dialog's values, for a person of `organisation`. */
export function toFields(values: ContactValues, organisation: number): ContactFields {
  return {
    organisation_id: organisation,
    name_ru: text(values.name_ru),
    name_en: text(values.name_en),
    position: text(values.position),
    email: optional(values.email),
    phone: optional(values.phone),
    languages: [
      ...new Set((values.languages ?? []).map((code) => code.trim().toLowerCase()).filter(Boolean)),
    ],
    consent_date: values.consent_date ? values.consent_date.format('YYYY-MM-DD') : null,
    consent_basis: values.consent_basis ?? null,
    notes: text(values.notes),
  };
}

/** A JSON merge patch of what the dialog changed, read through the same mapping as the original. */
export function toPatch(original: Contact, values: ContactValues): ContactPatch {
  const before = toFields(toValues(original), original.organisation_id);
  const after = toFields(values, original.organisation_id);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof ContactFields)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) patch[key] = after[key];
  }
  return patch as ContactPatch;
}
