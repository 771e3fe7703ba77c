import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './nextUrl';

describe('safeNextPath', () => {
  it('keeps a path of this site with its query and fragment', () => {
    expect(safeNextPath('/countries/VN')).toBe('/countries/VN');
    expect(safeNextPath('/countries?q=Viet&sort=-since#top')).toBe('/countries?q=Viet&sort=-since#top');
    expect(safeNextPath('/admin/users')).toBe('/admin/users');
  });

  it('refuses other origins however they are spelt', () => {
    for (const next of [
      'https://evil.example/',
      'http:/evil.example',
      '//evil.example',
      '///evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'javascript:alert(1)',
      'data:text/html,hi',
      ' /countries',
      'countries',
      '%2F%2Fevil.example',
    ]) {
      expect(safeNextPath(next), next).toBe('/');
    }
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/../../countries')).toBe('/countries');
    expect(safeNextPath('/./%2e%2e/admin')).toBe('/admin');
  });

  it('does not return to the login page or to nowhere', () => {
    expect(safeNextPath('/login?next=/countries')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath('')).toBe('/');
  });
});

describe('loginPath', () => {
  it('carries where the reader wanted to go', () => {
    expect(loginPath('/countries/VN?x=1')).toBe('/login?next=%2Fcountries%2FVN%3Fx%3D1');
  });

  it('leaves out a next that would only lead home', () => {
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('//evil.example')).toBe('/login');
    expect(loginPath('/login')).toBe('/login');
  });
});
