import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  activityFieldOf,
  participantName,
  toActivityFields,
  toActivityPatch,
  toActivityValues,
  toTaskFields,
  toTaskValues,
} from './formValues';
import { testActivity } from './testActivity';

describe('activity form values', () => {
  it('start a new activity from the record of the page, the reader taking part', () => {
    const values = toActivityValues(undefined, {
      countries: ['vn'],
      relocation_id: 1,
      user: 4,
      organisation: 23,
    });
    expect(values).toMatchObject({
      kind: 'meeting',
      countries: ['VN'],
      users: [4],
      organisations: [23],
      contacts: [],
      deal_id: null,
      request_id: null,
      relocation_id: 1,
    });
    expect(dayjs.isDayjs(values.occurred_on)).toBe(true);
  });

  it('split an activity\u2019s participants into their pickers', () => {
    expect(toActivityValues(testActivity())).toMatchObject({ users: [4], organisations: [23], contacts: [] });
  });

  it('send the fields filled in, participants by kind, links left empty left out', () => {
    expect(
      toActivityFields({
        kind: 'call',
        occurred_on: dayjs('2026-11-22'),
        subject: ' Call with the ministry ',
        notes: '  ',
        countries: ['vn', 'TR', 'VN'],
        users: [4, 3, 4],
        organisations: [23],
        contacts: [],
        deal_id: null,
        request_id: 12,
        relocation_id: null,
      }),
    ).toEqual({
      kind: 'call',
      occurred_on: '2026-11-22',
      subject: 'Call with the ministry',
      countries: ['TR', 'VN'],
      participants: [
        { kind: 'user', id: 3 },
        { kind: 'user', id: 4 },
        { kind: 'organisation', id: 23 },
      ],
      request_id: 12,
    });
  });

  it('patch only what changed, the participants as a whole, a link taken off as null', () => {
    const activity = testActivity();
    const values = toActivityValues(activity);
    expect(toActivityPatch(activity, values)).toEqual({});
    expect(
      toActivityPatch(activity, { ...values, subject: 'Met VTI again', contacts: [8], relocation_id: null }),
    ).toEqual({
      subject: 'Met VTI again',
      participants: [
        { kind: 'user', id: 4 },
        { kind: 'organisation', id: 23 },
        { kind: 'contact', id: 8 },
      ],
      relocation_id: null,
    });
  });

  it('put a server error on the picker it is about', () => {
    const participants = [{ kind: 'user' as const }, { kind: 'contact' as const }];
    expect(activityFieldOf('/countries/1')).toBe('countries');
    expect(activityFieldOf('/participants/1', participants)).toBe('contacts');
    expect(activityFieldOf('/participants/5', participants)).toBeUndefined();
    expect(activityFieldOf('/relocation_id')).toBe('relocation_id');
    expect(activityFieldOf(undefined)).toBeUndefined();
  });

  it('name a participant in the reader\u2019s language, else by its number', () => {
    expect(participantName({ kind: 'organisation', id: 23, name_en: 'VTI', name_ru: '' }, 'ru')).toBe('VTI');
    expect(participantName({ kind: 'contact', id: 8 }, 'en')).toBe('#8');
  });
});

describe('task form values', () => {
  it('start due in a week, for the reader, and follow up the activity', () => {
    const values = toTaskValues(4, dayjs('2026-11-22'));
    expect(values.due_on?.format('YYYY-MM-DD')).toBe('2026-11-29');
    expect(toTaskFields({ ...values, title: ' Send the brochure ' }, 1)).toEqual({
      title: 'Send the brochure',
      due_on: '2026-11-29',
      assignee_id: 4,
      activity_id: 1,
    });
  });
});
