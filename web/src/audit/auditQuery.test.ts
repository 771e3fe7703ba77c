import { describe, expect, it } from 'vitest';
import { hasAuditFilters, parseAuditFilters, toAuditApiQuery, toAuditSearchParams } from './auditQuery';

describe('audit filters', () => {
  it('read from the URL and write back the same', () => {
    const search = 'entity=country&id=VN&user=3&action=update%2Ccreate&from=2026-01-01&to=2026-01-31';
    const filters = parseAuditFilters(new URLSearchParams(search));
    expect(filters).toEqual({
      entity: 'country',
      id: 'VN',
      user: 3,
      actions: ['update', 'create'],
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(toAuditSearchParams(filters).toString()).toBe(search);
    expect(hasAuditFilters(filters)).toBe(true);
  });

  it('drop what the API would refuse', () => {
    const filters = parseAuditFilters(
      new URLSearchParams(
        `id=VN&user=-2&action=,,login,login&from=yesterday&to=2026-13&entity=${'x'.repeat(41)}`,
      ),
    );
    expect(filters).toEqual({
      entity: undefined,
      id: undefined,
      user: undefined,
      actions: ['login'],
      from: undefined,
      to: undefined,
    });
    expect(hasAuditFilters(parseAuditFilters(new URLSearchParams('')))).toBe(false);
  });

  it('ask the API for a page of them', () => {
    const filters = parseAuditFilters(new URLSearchParams('entity=user&id=7&action=login_failed'));
    expect(toAuditApiQuery(filters, 50)).toEqual({
      limit: 50,
      entity: 'user',
      id: '7',
      action: 'login_failed',
    });
    expect(toAuditApiQuery({ actions: [] }, 10, 'next')).toEqual({ limit: 10, cursor: 'next' });
  });
});
