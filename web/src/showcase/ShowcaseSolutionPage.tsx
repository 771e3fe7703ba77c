import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { usePageTitle } from '../app/usePageTitle';
import { currentLanguage } from '../i18n/i18n';
import { localName, otherName } from '../i18n/localName';
import { websiteHref, websiteLabel } from '../organisations/vocabulary';
import {
  ReadinessCard,
  ReferencesTable,
  SolutionDescription,
  SolutionFacts,
} from '../solutions/SolutionCards';
import { MaturityTag, ReadinessTag, SolutionKindTag } from '../solutions/tags';
import type { SolutionOwner } from '../solutions/types';
import { useShowcaseSolution } from './api';
import { countryName } from './countries';
import { ShowcaseProblem } from './ShowcaseProblem';
import { useIdParam } from '../app/useIdParam';

/** Who makes the solution: the public facts of its company. */
function CompanyCard({ owner }: { owner: SolutionOwner }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const href = websiteHref(owner.website);
  return (
    <Card title={t('showcase.company')} className="showcase-company-card">
      <Descriptions
        column={1}
        size="small"
        colon={false}
        items={[
          {
            key: 'name',
            label: t('showcase.companyName'),
            children: (
              <span data-testid="showcase-company">
                {localName(owner, language)}
                {otherName(owner, language) && (
                  <Typography.Text type="secondary" className="secondary-line showcase-other-name">
                    {otherName(owner, language)}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            key: 'country',
            label: t('showcase.companyCountry'),
            children: countryName(owner.country, language),
          },
          ...(href
            ? [
                {
                  key: 'website',
                  label: t('showcase.website'),
                  children: (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {websiteLabel(owner.website)}
                    </a>
                  ),
                },
              ]
            : []),
          ...(owner.accredited
            ? [
                {
                  key: 'accredited',
                  label: t('showcase.accreditation'),
                  children: (
                    <Tag color="green" bordered={false}>
                      {t('showcase.accredited')}
                    </Tag>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

/** /showcase/solutions/:id: one published solution for a buyer. */
export function ShowcaseSolutionPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id } = useIdParam();
  const query = useShowcaseSolution(id);
  const solution = query.data;
  const name = solution ? localName(solution, language) || `#${solution.id}` : undefined;
  usePageTitle(name ?? t('showcase.title'));

  const back = (
    <Link to="/showcase" className="showcase-back">
      <ArrowLeftOutlined /> {t('showcase.back')}
    </Link>
  );
  if (id === 0 || (query.error instanceof ProblemError && query.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t('showcase.notFound.title')}
        subTitle={t('showcase.notFound.detail')}
        extra={
          <Link to="/showcase">
            <Button type="primary">{t('showcase.back')}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <>
      {back}
      {query.isError && <ShowcaseProblem error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {solution && (
        <>
          <div className="showcase-heading">
            <Typography.Title level={1}>{name}</Typography.Title>
            <Space size={8} wrap>
              <SolutionKindTag kind={solution.kind} />
              <MaturityTag maturity={solution.maturity} />
              <ReadinessTag readiness={solution.export_readiness} />
              {otherName(solution, language) && (
                <Typography.Text type="secondary">{otherName(solution, language)}</Typography.Text>
              )}
            </Space>
          </div>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Space direction="vertical" size={16} className="full-width">
                <Card title={t('solutions.fields.description')}>
                  <SolutionDescription solution={solution} language={language} />
                </Card>
                <Card title={t('showcase.facts')} className="showcase-facts">
                  <SolutionFacts solution={solution} />
                </Card>
              </Space>
            </Col>
            <Col xs={24} lg={10}>
              <Space direction="vertical" size={16} className="full-width">
                <CompanyCard owner={solution.organisation} />
                <ReadinessCard readiness={solution.export_readiness} />
              </Space>
            </Col>
            <Col span={24}>
              <Card title={t('solutions.references.title')}>
                <ReferencesTable
                  references={solution.references}
                  nameOf={(code) => countryName(code, language)}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
