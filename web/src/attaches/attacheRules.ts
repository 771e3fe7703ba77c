import type { Rule, RuleRender } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import type { AttacheStatus } from '../api/types';

// Mirrors the server's rules for AttacheInput (docs/openapi.yaml), so most mistakes are
// caught before a round trip; the server checks them again.
const NAME_MAX_LENGTH = 200;
const EMAIL_MAX_LENGTH = 254;

export interface AttacheValues {
  name_ru?: string;
  name_en?: string;
  status: AttacheStatus;
  start_date?: Dayjs | null;
  end_date?: Dayjs | null;
  email?: string;
}

export type AttacheProblem = 'nameRequired' | 'nameTooLong' | 'endDateRequired' | 'endBeforeStart';

/** A name field, given the other language's: at least one must be there, neither too long. */
export function nameProblem(own: string | undefined, other: string | undefined): AttacheProblem | null {
  const ownName = own?.trim() ?? '';
  if (!ownName && !other?.trim()) return 'nameRequired';
  if ([...ownName].length > NAME_MAX_LENGTH) return 'nameTooLong';
  return null;
}

export function endDateProblem(
  values: Pick<AttacheValues, 'status' | 'start_date' | 'end_date'>,
): AttacheProblem | null {
  const { status, start_date: start, end_date: end } = values;
  if (!end) return status === 'ended' ? 'endDateRequired' : null;
  if (start && end.isBefore(start, 'day')) return 'endBeforeStart';
  return null;
}

/** antd rules; the name and end-date rules read sibling fields (the form re-checks them via `dependencies`). */
export function attacheRules(t: TFunction) {
  const fail = (problem: AttacheProblem) =>
    Promise.reject(new Error(t(`attaches.errors.${problem}`, { max: NAME_MAX_LENGTH })));
  const name =
    (own: 'name_ru' | 'name_en', other: 'name_ru' | 'name_en'): RuleRender =>
    ({ getFieldValue }) => ({
      validator: () => {
        const problem = nameProblem(getFieldValue(own), getFieldValue(other));
        return problem ? fail(problem) : Promise.resolve();
      },
    });
  return {
    nameRu: [name('name_ru', 'name_en')] satisfies Rule[],
    nameEn: [name('name_en', 'name_ru')] satisfies Rule[],
    status: [{ required: true, message: t('attaches.errors.statusRequired') }] satisfies Rule[],
    endDate: [
      ({ getFieldValue }) => ({
        validator: () => {
          const problem = endDateProblem({
            status: getFieldValue('status'),
            start_date: getFieldValue('start_date'),
            end_date: getFieldValue('end_date'),
          });
          return problem ? fail(problem) : Promise.resolve();
        },
      }),
    ] satisfies Rule[],
    email: [
      { type: 'email', message: t('attaches.errors.emailInvalid') },
      { max: EMAIL_MAX_LENGTH, message: t('attaches.errors.emailTooLong', { max: EMAIL_MAX_LENGTH }) },
    ] satisfies Rule[],
  };
}
