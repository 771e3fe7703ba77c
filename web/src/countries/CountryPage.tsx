import { DesktopOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Descriptions, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import type { Country } from '../api/types';
import { AttachesCard } from '../attaches/AttachesCard';
import { RecordHistory } from '../audit/RecordHistory';
import { useAuth } from '../auth/AuthProvider';
import { NotFoundPage } from '../app/NotFoundPage';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useCountry } from './api';
import { PresenceCard } from './PresenceCard';

function CountryCard({ country }: { country: Country }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const official =
    language === 'ru'
      ? country.official_name_ru || country.official_name_en
      : country.official_name_en || country.official_name_ru;
  return (
    <Card title={t('country.title')}>
      <Descriptions column={1} size="small" colon={false} styles={{ label: { width: 176 } }}>
        <Descriptions.Item label={t('country.fields.nameEn')}>{country.name_en}</Descriptions.Item>
        <Descriptions.Item label={t('country.fields.nameRu')}>{country.name_ru}</Descriptions.Item>
        <Descriptions.Item label={t('country.fields.official')}>{official}</Descriptions.Item>
        <Descriptions.Item label={t('country.fields.codes')}>
          <Space size={4} wrap>
            <Tag>{country.iso2}</Tag>
            <Tag>{country.iso3}</Tag>
            <Tag>{country.iso_numeric}</Tag>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('country.fields.region')}>
          {/* One element: the item lays its children out as flex items, which drops the space. */}
          <span>
            {localName(country.region, language)}
            {country.continent.code !== country.region.code && (
              <Typography.Text type="secondary"> · {localName(country.continent, language)}</Typography.Text>
            )}
          </span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

export function CountryPage() {
  const { t } = useTranslation();
  const { iso2 = '' } = useParams();
  const { can } = useAuth();
  const navigate = useNavigate();
  const query = useCountry(iso2);
  const country = query.data?.country;
  const name = country ? localName(country, currentLanguage()) : undefined;
  usePageTitle(name ?? t('countries.title'));

  if (query.error instanceof ProblemError && query.error.status === 404) {
    return <NotFoundPage detail={t('country.notFound', { code: iso2.toUpperCase() })} />;
  }
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/countries">{t('countries.title')}</Link> },
          { title: name ?? iso2.toUpperCase() },
        ]}
      />
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {query.data && country && (
        <>
          <div className="page-heading page-heading-actions">
            <Typography.Title level={2}>{name}</Typography.Title>
            {/* The country's casework on one page, for those who may read it. */}
            {can('activity.read', { country: country.iso2 }) && (
              <Button icon={<DesktopOutlined />} onClick={() => navigate(`/desk/${country.iso2}`)}>
                {t('desk.open')}
              </Button>
            )}
          </div>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <CountryCard country={country} />
            </Col>
            <Col xs={24} lg={12}>
              <PresenceCard record={query.data} onStale={() => void query.refetch()} />
            </Col>
            <Col span={24}>
              <AttachesCard country={country.iso2} />
            </Col>
            {can('audit.read') && (
              <Col span={24}>
                <RecordHistory entity="country" id={country.iso2} />
              </Col>
            )}
          </Row>
        </>
      )}
    </>
  );
}
