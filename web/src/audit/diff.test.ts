import { describe, expect, it } from 'vitest';
import { diffRows, formatValue } from './diff';

describe('diffRows', () => {
  it('makes one row per changed field, in the order given', () => {
    expect(
      diffRows({
        status: { from: 'planned', to: 'active' },
        since: { from: null, to: '2024-03-15' },
      }),
    ).toEqual([
      { kind: 'change', field: 'status', from: 'planned', to: 'active' },
      { kind: 'change', field: 'since', from: null, to: '2024-03-15' },
    ]);
  });

  it('treats a missing side as empty (a creation, a removal)', () => {
    expect(diffRows({ email: { to: 'a@b.c' }, note: { from: 'old' } })).toEqual([
      { kind: 'change', field: 'email', from: null, to: 'a@b.c' },
      { kind: 'change', field: 'note', from: 'old', to: null },
    ]);
  });

  it('leaves out fields that did not change', () => {
    expect(
      diffRows({
        company_id: { from: null, to: null },
        countries: { from: ['VN'], to: ['VN'] },
        role: { from: null, to: 'viewer' },
      }),
    ).toEqual([{ kind: 'change', field: 'role', from: null, to: 'viewer' }]);
  });

  it('spells out nested changes with dotted names', () => {
    expect(
      diffRows({ presence: { status: { from: 'none', to: 'active' }, extra: { note: { to: 'x' } } } }),
    ).toEqual([
      { kind: 'change', field: 'presence.status', from: 'none', to: 'active' },
      { kind: 'change', field: 'presence.extra.note', from: null, to: 'x' },
    ]);
  });

  it('keeps other facts as they are', () => {
    expect(diffRows({ reason: 'wrong_password', attempts: 3, scope: { countries: ['VN'] } })).toEqual([
      { kind: 'fact', field: 'reason', value: 'wrong_password' },
      { kind: 'fact', field: 'attempts', value: 3 },
      { kind: 'fact', field: 'scope', value: { countries: ['VN'] } },
    ]);
  });

  it('does not take an object with "from" among other keys for a change', () => {
    expect(diffRows({ mail: { from: 'x@y.z', subject: 'Hi' } })).toEqual([
      { kind: 'fact', field: 'mail', value: { from: 'x@y.z', subject: 'Hi' } },
    ]);
  });

  it('is empty for an empty or missing diff', () => {
    expect(diffRows({})).toEqual([]);
    expect(diffRows(null)).toEqual([]);
  });
});

describe('formatValue', () => {
  const words = { yes: 'yes', no: 'no' };

  it('writes every kind of value readably', () => {
    expect(formatValue('active', words)).toBe('active');
    expect(formatValue('', words)).toBe('');
    expect(formatValue(null, words)).toBe('');
    expect(formatValue(undefined, words)).toBe('');
    expect(formatValue(true, words)).toBe('yes');
    expect(formatValue(false, words)).toBe('no');
    expect(formatValue(0, words)).toBe('0');
    expect(formatValue(['TR', 'VN'], words)).toBe('TR, VN');
    expect(formatValue([], words)).toBe('');
    expect(formatValue({ a: 1 }, words)).toBe('{"a":1}');
    expect(formatValue([{ a: 1 }], words)).toBe('[{"a":1}]');
  });
});
