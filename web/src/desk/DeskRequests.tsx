import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { requestColumns } from '../requests/columns';
import type { SupportRequest } from '../requests/types';

interface Props {
  requests: SupportRequest[] | undefined;
  loading: boolean;
  emptyText: ReactNode;
}

/** A country's open requests, the soonest due first: number and subject, company, status, assignee, due. */
export function DeskRequests({ requests, loading, emptyText }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const shared = requestColumns(t, language);
  const columns: ColumnsType<SupportRequest> = [
    {
      key: 'subject',
      title: t('requests.columns.subject'),
      render: (_, request) => (
        <Link to={`/requests/${request.id}`} className="desk-request-subject">
          <span className="request-number">{t('requests.number', { id: request.id })}</span> {request.subject}
        </Link>
      ),
    },
    {
      key: 'company',
      title: t('requests.columns.company'),
      responsive: ['xl'],
      render: (_, request) => localName(request.organisation, language) || `#${request.organisation_id}`,
    },
    shared.status,
    shared.assignee,
    shared.due,
  ];
  return (
    <Table<SupportRequest>
      className="desk-requests"
      data-testid="desk-requests"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={requests}
      loading={loading}
      pagination={false}
      rowClassName={(request) => (request.overdue ? 'request-overdue' : '')}
      locale={{ emptyText }}
    />
  );
}
