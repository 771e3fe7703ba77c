import { Card, Descriptions, Empty, Grid, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../i18n/format';
import { currentLanguage, type Language } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { sectorLabels, useTaxonomy } from '../organisations/taxonomy';
import { localDescription } from '../organisations/vocabulary';
import { MaturityTag, PublishedTag, ReadinessTag, SolutionKindTag } from './tags';
import type { DeploymentReference, ShowcaseSolution, Solution } from './types';
import { isReadiness, languageName } from './vocabulary';

const LABEL_WIDTH = 200;

function Missing() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}

/** The facts both the internal page and the public showcase show of a solution. */
type Facts = Pick<
  ShowcaseSolution,
  | 'name_ru'
  | 'name_en'
  | 'kind'
  | 'maturity'
  | 'main_class'
  | 'classes'
  | 'interface_languages'
  | 'licence_model'
  | 'registry_number'
  | 'certifications'
>;

interface FactsProps {
  solution: Facts;
  /** Rows above the common ones (the owner, say). */
  before?: { key: string; label: string; children: ReactNode }[];
  /** Rows below them. */
  after?: { key: string; label: string; children: ReactNode }[];
  /** Shows the classes' codes too, for the staff who search by them. */
  codes?: boolean;
}

/** Kind, maturity, classes, languages, licence and registry entry of a solution. */
export function SolutionFacts({ solution, before = [], after = [], codes = false }: FactsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const taxonomy = useTaxonomy();
  const labels = useMemo(() => sectorLabels(taxonomy.data, language), [taxonomy.data, language]);
  const narrow = Grid.useBreakpoint().sm === false;
  const classTag = (id: string, main: boolean) => (
    <Tag key={id} title={id} color={main ? 'geekblue' : undefined} className="class-tag">
      {labels.get(id) ?? id}
      {codes && <span className="class-code"> {id}</span>}
    </Tag>
  );

  const items = [
    ...before,
    { key: 'kind', label: t('solutions.fields.kind'), children: <SolutionKindTag kind={solution.kind} /> },
    {
      key: 'maturity',
      label: t('solutions.fields.maturity'),
      children: <MaturityTag maturity={solution.maturity} />,
    },
    {
      key: 'main_class',
      label: t('solutions.fields.mainClass'),
      children: <span data-testid="main-class">{classTag(solution.main_class, true)}</span>,
    },
    {
      key: 'classes',
      label: t('solutions.fields.classes'),
      children:
        solution.classes.length > 0 ? (
          <Space size={[0, 4]} wrap data-testid="classes">
            {solution.classes.map((id) => classTag(id, false))}
          </Space>
        ) : (
          <Missing />
        ),
    },
    {
      key: 'interface_languages',
      label: t('solutions.fields.interfaceLanguages'),
      children:
        solution.interface_languages.length > 0 ? (
          solution.interface_languages.map((code) => languageName(code, language)).join(', ')
        ) : (
          <Missing />
        ),
    },
    {
      key: 'licence_model',
      label: t('solutions.fields.licenceModel'),
      children: solution.licence_model ? t(`solutions.licenceModels.${solution.licence_model}`) : <Missing />,
    },
    {
      key: 'registry_number',
      label: t('solutions.fields.registryNumber'),
      children: solution.registry_number ? (
        <span className="code-value">{solution.registry_number}</span>
      ) : (
        <Missing />
      ),
    },
    {
      key: 'certifications',
      label: t('solutions.fields.certifications'),
      children:
        solution.certifications.length > 0 ? (
          <Space size={[0, 4]} wrap>
            {solution.certifications.map((name) => (
              <Tag key={name} className="class-tag">
                {name}
              </Tag>
            ))}
          </Space>
        ) : (
          <Missing />
        ),
    },
    ...after,
  ];

  return (
    <Descriptions
      column={1}
      size="small"
      colon={false}
      // On a phone a label column would leave the values no room: labels go above them.
      layout={narrow ? 'vertical' : 'horizontal'}
      styles={{ label: narrow ? {} : { width: LABEL_WIDTH } }}
      items={items}
    />
  );
}

/** The internal page's profile: the common facts plus names, owner, publication and dates. */
export function SolutionProfileCard({ solution }: { solution: Solution }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const owner = solution.organisation;
  return (
    <Card title={t('solutions.profile')} className="solution-profile">
      <SolutionFacts
        solution={solution}
        codes
        before={[
          { key: 'name_ru', label: t('solutions.fields.nameRu'), children: solution.name_ru || <Missing /> },
          { key: 'name_en', label: t('solutions.fields.nameEn'), children: solution.name_en || <Missing /> },
          {
            key: 'owner',
            label: t('solutions.fields.owner'),
            children: (
              <Link to={`/organisations/${owner.id}`} data-testid="solution-owner">
                {localName(owner, language) || `#${owner.id}`}
              </Link>
            ),
          },
        ]}
        after={[
          {
            key: 'published',
            label: t('solutions.fields.publication'),
            children: (
              <Space size={4} wrap>
                <PublishedTag published={solution.published} />
                {solution.published && (
                  <Link to={`/showcase/solutions/${solution.id}`}>{t('solutions.openShowcase')}</Link>
                )}
              </Space>
            ),
          },
          {
            key: 'updated',
            label: t('solutions.fields.updated'),
            children: (
              <Typography.Text type="secondary">
                {formatDateTime(solution.updated_at, language)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** What the solution does, in the reader's language, else in the other one (and saying so). */
export function SolutionDescription({
  solution,
  language,
}: {
  solution: Pick<Solution, 'description_ru' | 'description_en'>;
  language: Language;
}) {
  const { t } = useTranslation();
  const description = localDescription(solution, language);
  if (!description.text)
    return <Typography.Text type="secondary">{t('solutions.noDescription')}</Typography.Text>;
  return (
    <>
      {description.fallback && (
        <Typography.Text type="secondary" className="secondary-line fallback-note">
          {t(`solutions.inLanguage.${description.fallback}`)}
        </Typography.Text>
      )}
      <Typography.Paragraph className="note" lang={description.fallback} data-testid="solution-description">
        {description.text}
      </Typography.Paragraph>
    </>
  );
}

/** The export readiness level with what it means (docs/catalogue.md). */
export function ReadinessCard({ readiness }: { readiness: number }) {
  const { t } = useTranslation();
  return (
    <Card title={t('solutions.fields.readiness')} className="solution-readiness">
      <Space direction="vertical" size={4}>
        <ReadinessTag readiness={readiness} />
        {isReadiness(readiness) && (
          <Typography.Text type="secondary">{t(`solutions.readiness.meaning.${readiness}`)}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}

/** Where the solution is deployed: country, customer, year and scale. */
export function ReferencesTable({
  references,
  nameOf,
}: {
  references: DeploymentReference[];
  nameOf: (code: string) => string;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<DeploymentReference> = [
    {
      key: 'country',
      title: t('solutions.references.country'),
      render: (_, reference) => <span title={reference.country}>{nameOf(reference.country)}</span>,
    },
    {
      key: 'customer',
      title: t('solutions.references.customer'),
      render: (_, reference) => reference.customer || <Missing />,
    },
    {
      key: 'year',
      title: t('solutions.references.year'),
      render: (_, reference) => reference.year ?? <Missing />,
    },
    {
      key: 'scale',
      title: t('solutions.references.scale'),
      render: (_, reference) => reference.scale || <Missing />,
    },
  ];
  return (
    <Table<DeploymentReference>
      className="references-table"
      rowKey="key"
      size="small"
      columns={columns}
      // Two references may say the same: the position is the only identity they have.
      dataSource={references.map((reference, index) => ({ ...reference, key: index }))}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('solutions.references.empty')} />
        ),
      }}
    />
  );
}
