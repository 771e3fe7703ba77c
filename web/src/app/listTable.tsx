import { Button, Empty } from 'antd';
import type { TablePaginationConfig } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

interface PageOptions {
  page: number;
  pageSize: number;
  total: number;
  /** Page sizes a reader may choose; none: a fixed size. */
  sizes?: readonly number[];
  hideOnSinglePage?: boolean;
}

/** The pagination of a server-paged list: "1–50 of 193", a read-only page number, sizes. */
export function listPagination(t: TFunction, options: PageOptions): TablePaginationConfig {
  return {
    current: options.page,
    pageSize: options.pageSize,
    total: options.total,
    simple: { readOnly: true },
    showSizeChanger: options.sizes !== undefined,
    pageSizeOptions: options.sizes?.map(String),
    hideOnSinglePage: options.hideOnSinglePage,
    showTotal: (total, [from, to]) => t('countries.range', { from, to, total }),
  };
}

interface EmptyOptions {
  /** Still loading the first page: show nothing rather than "no data". */
  pending: boolean;
  description: string;
  /** Offered when filters hide everything. */
  onResetFilters?: () => void;
}

/** What an empty list says, with a way out of filters that match nothing. */
export function listEmpty(t: TFunction, options: EmptyOptions): ReactNode {
  if (options.pending) return ' ';
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={options.description}>
      {options.onResetFilters && (
        <Button onClick={options.onResetFilters}>{t('countries.filters.reset')}</Button>
      )}
    </Empty>
  );
}
