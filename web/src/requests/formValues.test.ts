import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toFields, toPatch, toValues } from './formValues';
import type { SupportRequest } from './types';

const REQUEST: SupportRequest = {
  id: 7,
  organisation_id: 1,
  organisation: { id: 1, name_ru: 'Лаборатория Касперского', name_en: 'Kaspersky Lab', country: 'RU' },
  country: 'VN',
  type: 'tender_support',
  type_name_ru: 'Сопровождение тендера',
  type_name_en: 'Tender support',
  parent_type: 'consulting',
  subject: 'Tender of the Ministry',
  description: 'Help with the documents.',
  desired_date: '2026-12-15',
  status: 'new',
  reason: '',
  assignee: { id: 3, display_name: 'Demo attaché in Vietnam' },
  filed_by: { id: 4, display_name: 'Demo company user' },
  due_at: '2026-11-28T10:00:00Z',
  overdue: false,
  status_changed_at: '2026-11-21T10:00:00Z',
  closed_at: null,
  allowed_transitions: ['cancelled'],
  editable: true,
  comment_count: 0,
  version: 1,
  created_at: '2026-11-21T10:00:00Z',
  updated_at: '2026-11-21T10:00:00Z',
};

describe('toFields', () => {
  const values = {
    organisation_id: 5,
    country: 'vn',
    type: 'consulting',
    subject: '  Partners in Hanoi ',
    description: ' ',
    desired_date: dayjs('2027-01-20'),
    assignee_id: 3,
  };

  it('sends the company and assignee a member of staff chose', () => {
    expect(toFields(values, { staff: true })).toEqual({
      organisation_id: 5,
      country: 'VN',
      type: 'consulting',
      subject: 'Partners in Hanoi',
      description: '',
      desired_date: '2027-01-20',
      assignee_id: 3,
    });
  });

  it('sends neither for a company, nor an empty date', () => {
    expect(toFields({ ...values, desired_date: null }, { staff: false })).toEqual({
      country: 'VN',
      type: 'consulting',
      subject: 'Partners in Hanoi',
      description: '',
    });
  });

  it('leaves the assignee to the server when none was chosen', () => {
    expect(toFields({ ...values, assignee_id: null }, { staff: true })).not.toHaveProperty('assignee_id');
  });
});

describe('toPatch', () => {
  it('is empty when nothing changed', () => {
    expect(toPatch(REQUEST, toValues(REQUEST), { staff: true })).toEqual({});
  });

  it('holds only what changed', () => {
    const values = { ...toValues(REQUEST), subject: 'Tender of the Ministry of Finance', desired_date: null };
    expect(toPatch(REQUEST, values, { staff: true })).toEqual({
      subject: 'Tender of the Ministry of Finance',
      desired_date: null,
    });
  });

  it('changes the assignee for staff only', () => {
    const values = { ...toValues(REQUEST), assignee_id: null };
    expect(toPatch(REQUEST, values, { staff: true })).toEqual({ assignee_id: null });
    expect(toPatch(REQUEST, { ...values, assignee_id: 9 }, { staff: false })).toEqual({});
  });

  it('moves the request to another country and type', () => {
    const values = { ...toValues(REQUEST), country: 'tr', type: 'legal' };
    expect(toPatch(REQUEST, values, { staff: false })).toEqual({ country: 'TR', type: 'legal' });
  });
});

describe('toValues', () => {
  it('starts a new request in the given country', () => {
    expect(toValues(undefined, 'VN')).toMatchObject({ country: 'VN', assignee_id: null });
  });

  it('reads the desired date as a day', () => {
    expect(toValues(REQUEST).desired_date?.format('YYYY-MM-DD')).toBe('2026-12-15');
  });
});
