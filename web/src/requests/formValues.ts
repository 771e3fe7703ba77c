import dayjs, { type Dayjs } from 'dayjs';
import type { SupportRequest, SupportRequestFields, SupportRequestPatch } from './types';

/** What the request form holds: SupportRequestFields with the empty states of inputs. */
export interface RequestValues {
  organisation_id?: number | null;
  country?: string;
  type?: string;
  subject?: string;
  description?: string;
  desired_date?: Dayjs | null;
  assignee_id?: number | null;
}

/** The fields of the form, in the order of the page: what a server error may point at. */
export const FORM_FIELDS = [
  'organisation_id',
  'country',
  'type',
  'subject',
  'description',
  'desired_date',
  'assignee_id',
] as const;

/** Who fills the form in: staff file for a company and choose the assignee; a company does neither. */
export interface Filer {
  staff: boolean;
}

const text = (value: string | undefined): string => (value ?? '').trim();
const day = (value: Dayjs | null | undefined): string | null => (value ? value.format('YYYY-MM-DD') : null);

/** The form's starting values: a request's, or a new one's in `country` when given. */
export function toValues(request?: SupportRequest, country?: string): RequestValues {
  if (!request) return { organisation_id: null, country, desired_date: null, assignee_id: null };
  return {
    organisation_id: request.organisation_id,
    country: request.country,
    type: request.type,
    subject: request.subject,
    description: request.description,
    desired_date: request.desired_date ? dayjs(request.desired_date) : null,
    assignee_id: request.assignee?.id ?? null,
  };
}

/**
 * The body of POST /api/v1/requests. A company files for itself, so it names no organisation;
 * without an assignee the server gives the request to the country's suggested attaché.
 */
export function toFields(values: RequestValues, { staff }: Filer): SupportRequestFields {
  const fields: SupportRequestFields = {
    country: text(values.country).toUpperCase(),
    type: text(values.type),
    subject: text(values.subject),
    description: text(values.description),
  };
  const desired = day(values.desired_date);
  if (desired) fields.desired_date = desired;
  if (staff && values.organisation_id) fields.organisation_id = values.organisation_id;
  if (staff && values.assignee_id) fields.assignee_id = values.assignee_id;
  return fields;
}

/**
 * A JSON merge patch of what the form changed, read through the same mapping as the request as
 * loaded, so an untouched field never counts. Only staff change the assignee; clearing it
 * leaves the request unassigned.
 */
export function toPatch(
  original: SupportRequest,
  values: RequestValues,
  { staff }: Filer,
): SupportRequestPatch {
  const before = toValues(original);
  const patch: SupportRequestPatch = {};
  if (text(values.country).toUpperCase() !== before.country)
    patch.country = text(values.country).toUpperCase();
  if (text(values.type) !== before.type) patch.type = text(values.type);
  if (text(values.subject) !== text(before.subject)) patch.subject = text(values.subject);
  if (text(values.description) !== text(before.description)) patch.description = text(values.description);
  if (day(values.desired_date) !== day(before.desired_date)) patch.desired_date = day(values.desired_date);
  if (staff && (values.assignee_id ?? null) !== before.assignee_id)
    patch.assignee_id = values.assignee_id ?? null;
  return patch;
}
