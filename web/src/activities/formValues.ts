import dayjs, { type Dayjs } from 'dayjs';
import { pointerToPath } from '../api/problem';
import type { Language } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import type {
  Activity,
  ActivityFields,
  ActivityKind,
  ActivityParticipant,
  ActivityPatch,
  ParticipantKind,
  TaskFields,
} from './types';

/**
 * What the activity form holds: ActivityFields with the date as a picker's value and the
 * participants split by kind, one picker for each.
 */
export interface ActivityValues {
  kind?: ActivityKind;
  occurred_on?: Dayjs | null;
  subject?: string;
  notes?: string;
  countries?: string[];
  users?: number[];
  organisations?: number[];
  contacts?: number[];
  deal_id?: number | null;
  request_id?: number | null;
  relocation_id?: number | null;
}

/** The fields of the form, in the order of the dialog: what a server error may point at. */
export const ACTIVITY_FIELDS = [
  'kind',
  'occurred_on',
  'subject',
  'countries',
  'users',
  'organisations',
  'contacts',
  'notes',
  'deal_id',
  'request_id',
  'relocation_id',
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** The picker of each kind of participant. */
const PICKER: Record<ParticipantKind, 'users' | 'organisations' | 'contacts'> = {
  user: 'users',
  organisation: 'organisations',
  contact: 'contacts',
};

/**
 * The form field a server error's pointer names: "/countries/1" is the countries' picker; a
 * participant's error lands on its kind's picker when the values say which one it is.
 */
export function activityFieldOf(
  pointer: string | undefined,
  participants: readonly Pick<ActivityParticipant, 'kind'>[] = [],
): ActivityField | undefined {
  if (pointer === undefined) return undefined;
  const [first, second] = pointerToPath(pointer);
  if (first === 'participants') {
    const participant = second === undefined ? undefined : participants[Number(second)];
    return participant ? PICKER[participant.kind] : undefined;
  }
  return (ACTIVITY_FIELDS as readonly string[]).find((field) => field === first) as ActivityField | undefined;
}

/** What a new activity starts from: a record it is about, its countries, today. */
export interface ActivityDefaults {
  countries?: string[];
  deal_id?: number;
  request_id?: number;
  relocation_id?: number;
  /** The reader, who most likely took part. */
  user?: number;
  /** The company the record is with. */
  organisation?: number;
}

const text = (value: string | undefined): string => (value ?? '').trim();
const day = (value: Dayjs | null | undefined): string => (value ? value.format('YYYY-MM-DD') : '');
const ids = (value: number[] | undefined): number[] => [...new Set(value ?? [])].sort((a, b) => a - b);
const codes = (value: string[] | undefined): string[] =>
  [...new Set((value ?? []).map((code) => code.trim().toUpperCase()))].sort();

function idsOf(participants: readonly ActivityParticipant[], kind: ParticipantKind): number[] {
  return ids(participants.filter((participant) => participant.kind === kind).map(({ id }) => id));
}

/** The form's starting values: an activity's, or a new one's from `defaults`. */
export function toActivityValues(activity?: Activity, defaults: ActivityDefaults = {}): ActivityValues {
  if (!activity) {
    return {
      kind: 'meeting',
      occurred_on: dayjs(),
      countries: codes(defaults.countries),
      users: defaults.user ? [defaults.user] : [],
      organisations: defaults.organisation ? [defaults.organisation] : [],
      contacts: [],
      deal_id: defaults.deal_id ?? null,
      request_id: defaults.request_id ?? null,
      relocation_id: defaults.relocation_id ?? null,
    };
  }
  return {
    kind: activity.kind,
    occurred_on: dayjs(activity.occurred_on),
    subject: activity.subject,
    notes: activity.notes,
    countries: codes(activity.countries),
    users: idsOf(activity.participants, 'user'),
    organisations: idsOf(activity.participants, 'organisation'),
    contacts: idsOf(activity.participants, 'contact'),
    deal_id: activity.deal_id,
    request_id: activity.request_id,
    relocation_id: activity.relocation_id,
  };
}

/** The participants of the form's pickers, users first, as the API takes them. */
export function participantsOf(values: ActivityValues): { kind: ParticipantKind; id: number }[] {
  return [
    ...ids(values.users).map((id) => ({ kind: 'user' as const, id })),
    ...ids(values.organisations).map((id) => ({ kind: 'organisation' as const, id })),
    ...ids(values.contacts).map((id) => ({ kind: 'contact' as const, id })),
  ];
}

/** The body of POST /api/v1/activities; links left empty are left out. */
export function toActivityFields(values: ActivityValues): ActivityFields {
  const fields: ActivityFields = {
    kind: values.kind ?? 'meeting',
    occurred_on: day(values.occurred_on),
    subject: text(values.subject),
    countries: codes(values.countries),
  };
  if (text(values.notes)) fields.notes = text(values.notes);
  const participants = participantsOf(values);
  if (participants.length > 0) fields.participants = participants;
  if (values.deal_id) fields.deal_id = values.deal_id;
  if (values.request_id) fields.request_id = values.request_id;
  if (values.relocation_id) fields.relocation_id = values.relocation_id;
  return fields;
}

const same = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);
const sameParticipants = (a: ActivityValues, b: ActivityValues) =>
  same(ids(a.users), ids(b.users)) &&
  same(ids(a.organisations), ids(b.organisations)) &&
  same(ids(a.contacts), ids(b.contacts));

/** A JSON merge patch of what the form changed, read through the same mapping as the activity as loaded. */
export function toActivityPatch(original: Activity, values: ActivityValues): ActivityPatch {
  const before = toActivityValues(original);
  const patch: ActivityPatch = {};
  if (values.kind && values.kind !== before.kind) patch.kind = values.kind;
  if (day(values.occurred_on) !== day(before.occurred_on)) patch.occurred_on = day(values.occurred_on);
  if (text(values.subject) !== text(before.subject)) patch.subject = text(values.subject);
  if (text(values.notes) !== text(before.notes)) patch.notes = text(values.notes);
  if (!same(codes(values.countries), codes(before.countries))) patch.countries = codes(values.countries);
  if (!sameParticipants(values, before)) patch.participants = participantsOf(values);
  for (const link of ['deal_id', 'request_id', 'relocation_id'] as const) {
    if ((values[link] ?? null) !== before[link]) patch[link] = values[link] ?? null;
  }
  return patch;
}

/** What the task form holds. */
export interface TaskValues {
  title?: string;
  due_on?: Dayjs | null;
  assignee_id?: number;
}

export const TASK_FIELDS = ['title', 'due_on', 'assignee_id'] as const;

/** A follow-up task starts due in a week, for the reader when it may take tasks. */
export function toTaskValues(assignee?: number, today: Dayjs = dayjs()): TaskValues {
  return { due_on: today.add(7, 'day'), assignee_id: assignee };
}

/** The body of POST /api/v1/tasks: a follow-up of the activity `activityId` when given (whose first country it takes). */
export function toTaskFields(values: TaskValues, activityId?: number): TaskFields {
  const fields: TaskFields = {
    title: text(values.title),
    due_on: day(values.due_on),
    assignee_id: values.assignee_id ?? 0,
  };
  if (activityId) fields.activity_id = activityId;
  return fields;
}

/** A participant's name in the reader's language (the server sends both); its number when it has none. */
export function participantName(participant: ActivityParticipant, language: Language): string {
  return (
    localName({ name_en: participant.name_en ?? '', name_ru: participant.name_ru ?? '' }, language) ||
    `#${participant.id}`
  );
}
