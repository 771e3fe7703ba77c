import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { downloadName } from './api';
import { plausibleEmail, plausiblePhone } from './contactRules';
import { showsPersonal, toFields, toPatch, toValues } from './contactValues';
import type { Contact } from './types';

const contact: Contact = {
  id: 3,
  organisation_id: 9,
  organisation: { id: 9, name_ru: 'Геоскан', name_en: 'Geoscan', country: 'RU' },
  name_ru: 'Иван Петров',
  name_en: 'Ivan Petrov',
  position: 'Head of export',
  email: 'ivan@geoscan.example',
  phone: '+7 812 363-33-87',
  languages: ['ru', 'en'],
  consent_date: '2025-02-03',
  consent_basis: 'consent',
  notes: '',
  erased: false,
  erased_at: null,
  version: 1,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
};

const hidden: Contact = {
  ...contact,
  email: null,
  phone: null,
  languages: null,
  consent_date: null,
  consent_basis: null,
  notes: null,
};

describe('showsPersonal', () => {
  it('tells the viewer copy, with every personal field null, from the full one', () => {
    expect(showsPersonal(contact)).toBe(true);
    expect(showsPersonal({ languages: [], notes: '' })).toBe(true);
    expect(showsPersonal(hidden)).toBe(false);
  });
});

describe('contact values', () => {
  it('reads a contact back into the same fields', () => {
    expect(toFields(toValues(contact), 9)).toEqual({
      organisation_id: 9,
      name_ru: 'Иван Петров',
      name_en: 'Ivan Petrov',
      position: 'Head of export',
      email: 'ivan@geoscan.example',
      phone: '+7 812 363-33-87',
      languages: ['ru', 'en'],
      consent_date: '2025-02-03',
      consent_basis: 'consent',
      notes: '',
    });
  });

  it('sends empty optional fields as null and codes in lower case', () => {
    expect(
      toFields(
        { name_en: ' Ann ', email: ' ', languages: ['VI', 'vi'], consent_date: dayjs('2024-05-06') },
        2,
      ),
    ).toMatchObject({
      name_en: 'Ann',
      email: null,
      phone: null,
      languages: ['vi'],
      consent_date: '2024-05-06',
    });
  });

  it('patches only what changed', () => {
    expect(toPatch(contact, toValues(contact))).toEqual({});
    expect(toPatch(contact, { ...toValues(contact), position: 'Director', phone: '' })).toEqual({
      position: 'Director',
      phone: null,
    });
  });
});

describe('plausible addresses', () => {
  it('checks e-mails as the server does', () => {
    for (const good of ['a@b.co', 'first.last+tag@mail.example.org', 'атташе@пример.рф']) {
      expect(plausibleEmail(good), good).toBe(true);
    }
    for (const bad of [
      '',
      'a',
      'a@b',
      '@b.co',
      'a@@b.co',
      'a@b.',
      'a b@c.de',
      'a@.b.co',
      'a@b..co',
      '<a@b.co>',
    ]) {
      expect(plausibleEmail(bad), bad).toBe(false);
    }
  });

  it('checks phones as the server does', () => {
    expect(plausiblePhone('+84 (24) 3936-1234')).toBe(true);
    expect(plausiblePhone('1234')).toBe(false);
    expect(plausiblePhone('+7 812 ext. 5')).toBe(false);
  });
});

describe('downloadName', () => {
  it('takes the name the server suggests, but never a path', () => {
    expect(downloadName('attachment; filename="contact-3.json"', 3)).toBe('contact-3.json');
    expect(downloadName('attachment; filename="../../etc/passwd"', 3)).toBe('contact-3.json');
    expect(downloadName(null, 5)).toBe('contact-5.json');
  });
});
