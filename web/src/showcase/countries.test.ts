import { describe, expect, it } from 'vitest';
import { deploymentCountries } from './ShowcasePage';
import { countryName, countryOptions } from './countries';

describe('countries of the showcase', () => {
  it('names countries in the reader language', () => {
    expect(countryName('VN', 'en')).toBe('Vietnam');
    expect(countryName('VN', 'ru')).toBe('Вьетнам');
  });

  it('offers every country once, by name', () => {
    const options = countryOptions('en');
    expect(options).toHaveLength(249);
    expect(new Set(options.map((option) => option.value)).size).toBe(249);
    const names = options.map((option) => option.label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('lists the countries of deployment once each, in order', () => {
    expect(
      deploymentCountries({
        references: [{ country: 'VN' }, { country: 'KZ' }, { country: 'VN', customer: 'Another' }],
      }),
    ).toEqual(['VN', 'KZ']);
  });
});
