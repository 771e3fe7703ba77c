import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';

// The server's limits for PresenceInput (docs/openapi.yaml); checked here first so the
// reader hears about them before a round trip, and again by the server.
const EARLIEST_SINCE = '1991-01-01';
export const NOTE_MAX_LENGTH = 2000;

export type PresenceProblem = 'sinceInFuture' | 'sinceTooEarly' | 'noteTooLong';

/** Whether a day may be chosen as the start of the presence, given today's date. */
export function sinceProblem(since: Dayjs | null | undefined, today: Dayjs): PresenceProblem | null {
  if (!since) return null;
  if (since.isAfter(today, 'day')) return 'sinceInFuture';
  if (since.isBefore(dayjs(EARLIEST_SINCE), 'day')) return 'sinceTooEarly';
  return null;
}

/** Code points, not UTF-16 units, so an emoji counts once as it does on the server. */
export function noteLength(note: string | null | undefined): number {
  return note ? [...note].length : 0;
}

export function noteProblem(note: string | null | undefined): PresenceProblem | null {
  return noteLength(note) > NOTE_MAX_LENGTH ? 'noteTooLong' : null;
}

/** antd form rules of the presence form, with messages in the reader's language. */
export function presenceRules(t: TFunction, today: () => Dayjs = dayjs) {
  const message = (problem: PresenceProblem) => t(`presence.errors.${problem}`, { max: NOTE_MAX_LENGTH });
  const check =
    <T>(find: (value: T) => PresenceProblem | null) =>
    (_: unknown, value: T) => {
      const problem = find(value);
      return problem ? Promise.reject(new Error(message(problem))) : Promise.resolve();
    };
  return {
    status: [{ required: true, message: t('presence.errors.statusRequired') }] satisfies Rule[],
    since: [{ validator: check<Dayjs | null>((value) => sinceProblem(value, today())) }] satisfies Rule[],
    note: [{ validator: check<string | undefined>(noteProblem) }] satisfies Rule[],
  };
}
