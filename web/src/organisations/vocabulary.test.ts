import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en.json';
import ru from '../i18n/locales/ru.json';
import {
  HUB_SERVICES,
  KINDS,
  localDescription,
  MARKET_STATUSES,
  SIZE_BANDS,
  websiteHref,
  websiteLabel,
} from './vocabulary';

describe('localDescription', () => {
  const both = { description_ru: 'Разработчик', description_en: 'Developer' };

  it('gives the reader language', () => {
    expect(localDescription(both, 'ru')).toEqual({ text: 'Разработчик' });
    expect(localDescription(both, 'en')).toEqual({ text: 'Developer' });
  });

  it('falls back to the other language and says which', () => {
    expect(localDescription({ description_ru: '  ', description_en: 'Developer' }, 'ru')).toEqual({
      text: 'Developer',
      fallback: 'en',
    });
    expect(localDescription({ description_ru: 'Разработчик', description_en: '' }, 'en')).toEqual({
      text: 'Разработчик',
      fallback: 'ru',
    });
  });

  it('is empty when there is none', () => {
    expect(localDescription({ description_ru: '', description_en: '' }, 'en')).toEqual({ text: '' });
  });
});

describe('websites', () => {
  it('links a bare domain over https and shows it without the scheme', () => {
    expect(websiteHref('example.ru')).toBe('https://example.ru');
    expect(websiteHref('http://example.ru/a')).toBe('http://example.ru/a');
    expect(websiteHref(' ')).toBeUndefined();
    expect(websiteLabel('https://example.ru/')).toBe('example.ru');
  });
});

describe('labels of the vocabularies', () => {
  it('exist in both languages, as the brief names them', () => {
    for (const kind of KINDS) {
      expect(en.organisations.kinds[kind]).toBeTruthy();
      expect(ru.organisations.kinds[kind]).toBeTruthy();
    }
    for (const band of SIZE_BANDS) expect(ru.organisations.sizeBands[band]).toBeTruthy();
    for (const status of MARKET_STATUSES) expect(ru.organisations.marketStatuses[status]).toBeTruthy();
    for (const service of HUB_SERVICES) expect(ru.organisations.hubServices[service]).toBeTruthy();
    expect(ru.organisations.kinds.it_hub).toBe('ИТ-хаб');
    expect(ru.organisations.marketStatuses.not_interested).toBe('Не интересуется');
    expect(ru.nav.organisations).toBe('Организации');
    expect(en.nav.organisations).toBe('Organisations');
  });
});
