import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ProblemAlert } from '../app/ProblemAlert';
import { useAuth } from '../auth/AuthProvider';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import type { Organisation } from '../organisations/types';
import { ExportButton } from '../transfer/ExportButton';
import { isOneOf } from '../organisations/vocabulary';
import { useSolutionList } from './api';
import './solutions.css';
import { MaturityTag, PublishedTag, ReadinessTag, SolutionKindTag } from './tags';
import type { Solution } from './types';
import { OWNER_KINDS } from './vocabulary';

// An organisation page lists this many; beyond, a link leads to the filtered list.
const SHOWN = 50;

/** The solutions an organisation owns, on its page, with a way to add one. */
export function OrganisationSolutionsCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { can } = useAuth();
  const navigate = useNavigate();
  const list = useSolutionList({
    organisation: organisation.id,
    sort: language === 'ru' ? 'name_ru' : 'name_en',
    limit: SHOWN,
  });
  const owns = isOneOf(organisation.kind, OWNER_KINDS);
  const mayCreate =
    owns && can('solution.create', { country: organisation.country, company: organisation.id });
  const total = list.data?.total;

  const columns: ColumnsType<Solution> = [
    {
      key: 'name',
      title: t('solutions.columns.name'),
      render: (_, solution) => (
        <Link to={`/solutions/${solution.id}`}>{localName(solution, language) || `#${solution.id}`}</Link>
      ),
    },
    {
      key: 'kind',
      title: t('solutions.columns.kind'),
      responsive: ['md'],
      render: (_, solution) => <SolutionKindTag kind={solution.kind} />,
    },
    {
      key: 'maturity',
      title: t('solutions.columns.maturity'),
      responsive: ['md'],
      render: (_, solution) => <MaturityTag maturity={solution.maturity} />,
    },
    {
      key: 'readiness',
      title: t('solutions.columns.readiness'),
      render: (_, solution) => <ReadinessTag readiness={solution.export_readiness} />,
    },
    {
      key: 'published',
      title: t('solutions.columns.published'),
      render: (_, solution) => <PublishedTag published={solution.published} />,
    },
  ];

  return (
    <Card
      className="organisation-solutions"
      data-testid="organisation-solutions"
      title={
        <>
          {t('solutions.title')}{' '}
          {total !== undefined && <Typography.Text type="secondary">{total}</Typography.Text>}
        </>
      }
      extra={
        <Space>
          {total ? (
            <ExportButton
              path="/api/v1/solutions/export"
              query={{ organisation: organisation.id, sort: language === 'ru' ? 'name_ru' : 'name_en' }}
            />
          ) : null}
          {mayCreate && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => navigate(`/solutions/new?organisation=${organisation.id}`)}
            >
              {t('solutions.create')}
            </Button>
          )}
        </Space>
      }
    >
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Solution>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: list.isPending ? (
                ' '
              ) : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t(owns ? 'solutions.noneOwned' : 'solutions.notAnOwner')}
                />
              ),
            }}
          />
          {total !== undefined && total > SHOWN && (
            <div className="history-more">
              <Link to={`/solutions?organisation=${organisation.id}`}>
                {t('solutions.allOf', { count: total })}
              </Link>
            </div>
          )}
        </>
      )}
    </Card>
  );
}
