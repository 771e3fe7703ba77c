import { describe, expect, it } from 'vitest';
import { exportUrl } from './exportUrl';

describe('exportUrl', () => {
  it('keeps the filters and the sort, drops paging, adds the format and language', () => {
    expect(
      exportUrl(
        '/api/v1/solutions/export',
        { q: 'ваш', kind: 'software', sort: '-readiness', limit: 50, cursor: 'abc', published: true },
        'xlsx',
        'ru',
      ),
    ).toBe(
      '/api/v1/solutions/export?q=%D0%B2%D0%B0%D1%88&kind=software&sort=-readiness&published=true&format=xlsx&lang=ru',
    );
  });

  it('leaves out empty and missing values', () => {
    expect(exportUrl('/api/v1/contacts/export', { q: '', organisation: undefined }, 'csv', 'en')).toBe(
      '/api/v1/contacts/export?format=csv&lang=en',
    );
  });
});
