import { describe, expect, it } from 'vitest';
import { initialLanguage, resources } from './i18n';
import { localName, otherName } from './localName';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

// i18next's plural forms: Russian needs _few and _many where English has only _one and _other.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const en = leaves(resources.en.translation as Tree);
  const ru = leaves(resources.ru.translation as Tree);

  it('have the same keys in Russian and English, plural forms aside', () => {
    const bases = (keys: Iterable<string>) => [...new Set([...keys].map(base))].sort();
    expect(bases(ru.keys())).toEqual(bases(en.keys()));
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...en, ...ru]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of ru) {
      const english = en.get(key) ?? en.get(`${base(key)}_other`) ?? '';
      expect(placeholders(text), key).toEqual(placeholders(english));
    }
  });

  it('are really translated where the languages differ', () => {
    expect(ru.get('nav.countries')).toBe('Страны');
    expect(en.get('nav.countries')).toBe('Countries');
  });
});

describe('initialLanguage', () => {
  it('prefers the saved choice', () => {
    expect(initialLanguage('ru', 'en-US')).toBe('ru');
    expect(initialLanguage('en', 'ru-RU')).toBe('en');
  });

  it('follows a Russian browser when nothing is saved', () => {
    expect(initialLanguage(null, 'ru-RU')).toBe('ru');
    expect(initialLanguage(null, 'RU')).toBe('ru');
  });

  it('falls back to English for other browsers and junk in storage', () => {
    expect(initialLanguage(null, 'de-DE')).toBe('en');
    expect(initialLanguage('fr', undefined)).toBe('en');
  });
});

describe('localName', () => {
  const vietnam = { name_en: 'Vietnam', name_ru: 'Вьетнам' };

  it('shows the reader language and falls back to the other', () => {
    expect(localName(vietnam, 'ru')).toBe('Вьетнам');
    expect(localName(vietnam, 'en')).toBe('Vietnam');
    expect(localName({ name_en: 'Only English', name_ru: ' ' }, 'ru')).toBe('Only English');
    expect(otherName(vietnam, 'ru')).toBe('Vietnam');
    expect(otherName({ name_en: '', name_ru: 'Только' }, 'en')).toBe('');
  });
});
