import { Button, Empty } from 'antd';
import type { ColumnType, SorterResult, TablePaginationConfig } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { columnOrder, type ColumnOrder, type Sort } from './listParams';

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

interface ChangeHandlers<F extends string> {
  /** The page shown (1-based), its size, and whether the server has a next one. */
  page: number;
  limit: number;
  hasNext: boolean;
  onSort: (field: F, order: ColumnOrder) => void;
  onPageSize: (limit: number) => void;
  onNext: () => void;
  onPrevious: () => void;
}

/** A server-paged, server-sorted table's onChange: a click on a header sorts, the pager pages. */
export function listTableChange<T, F extends string>(handlers: ChangeHandlers<F>) {
  return (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<T> | SorterResult<T>[],
    { action }: { action: 'paginate' | 'sort' | 'filter' },
  ) => {
    if (action === 'sort' && !Array.isArray(sorter)) {
      handlers.onSort(sorter.columnKey as F, sorter.order ?? null);
    } else if (action === 'paginate') {
      const current = pagination.current ?? 1;
      if (pagination.pageSize && pagination.pageSize !== handlers.limit)
        handlers.onPageSize(pagination.pageSize);
      else if (current > handlers.page && handlers.hasNext) handlers.onNext();
      else if (current < handlers.page) handlers.onPrevious();
    }
  };
}

/** The header of a column the server sorts by `field`, newest first on the first click. */
export function sortableColumn<T, F extends string>(sort: Sort<F>, field: F): ColumnType<T> {
  return {
    key: field,
    sorter: true,
    sortOrder: columnOrder(sort, field),
    sortDirections: ['descend', 'ascend'],
  };
}
