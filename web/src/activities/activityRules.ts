import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';

// The limits of the server (docs/openapi.yaml, ActivityFields and TaskFields), checked here first
// so a reader learns of a mistake where it is, before anything is sent.
export const MAX_SUBJECT = 200;
export const MAX_NOTES = 10000;
export const MAX_COUNTRIES = 20;
export const MAX_TASK_TITLE = 200;

const tooLong = (t: TFunction, max: number): Rule => ({
  max,
  message: t('requests.errors.tooLong', { max }),
});

/** The antd rules of the activity form, in the reader's language. */
export function activityRules(t: TFunction) {
  return {
    kind: [{ required: true, message: t('activities.errors.kindRequired') }] as Rule[],
    occurredOn: [{ required: true, message: t('activities.errors.dateRequired') }] as Rule[],
    subject: [
      { required: true, whitespace: true, message: t('activities.errors.subjectRequired') },
      tooLong(t, MAX_SUBJECT),
    ] as Rule[],
    countries: [
      { required: true, type: 'array', min: 1, message: t('activities.errors.countriesRequired') },
      { type: 'array', max: MAX_COUNTRIES, message: t('deals.errors.tooMany', { max: MAX_COUNTRIES }) },
    ] as Rule[],
    notes: [tooLong(t, MAX_NOTES)] as Rule[],
  };
}

/** The antd rules of the task form. */
export function taskRules(t: TFunction) {
  return {
    title: [
      { required: true, whitespace: true, message: t('tasks.errors.titleRequired') },
      tooLong(t, MAX_TASK_TITLE),
    ] as Rule[],
    dueOn: [{ required: true, message: t('tasks.errors.dueRequired') }] as Rule[],
    assignee: [{ required: true, message: t('tasks.errors.assigneeRequired') }] as Rule[],
  };
}
