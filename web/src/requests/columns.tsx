import { Space, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime } from '../i18n/format';
import type { Language } from '../i18n/i18n';
import { OverdueTag, RequestStatusTag } from './tags';
import type { SupportRequest } from './types';

type Column = ColumnType<SupportRequest>;

/** The columns the queue and a country's desk both show of a request: status, assignee, due date. */
export function requestColumns(
  t: TFunction,
  language: Language,
): Record<'status' | 'assignee' | 'due', Column> {
  return {
    status: {
      key: 'status',
      title: t('requests.columns.status'),
      render: (_, request) => <RequestStatusTag status={request.status} />,
    },
    assignee: {
      key: 'assignee',
      title: t('requests.columns.assignee'),
      responsive: ['md'],
      render: (_, request) =>
        request.assignee?.display_name ?? (
          <Typography.Text type="secondary">{t('requests.unassigned')}</Typography.Text>
        ),
    },
    due: {
      key: 'due',
      title: t('requests.columns.due'),
      render: (_, request) => (
        <Space size={4} wrap={false}>
          <span className="nowrap" title={formatDateTime(request.due_at, language)}>
            {formatDate(request.due_at, language)}
          </span>
          {request.overdue && <OverdueTag />}
        </Space>
      ),
    },
  };
}
