import { Card, Descriptions, Grid, Space, Tag, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { KindTag } from './tags';
import { sectorLabels, useTaxonomy } from './taxonomy';
import type { Organisation } from './types';
import { useCountryNames } from './useCountryNames';
import { HOME_COUNTRY, websiteHref, websiteLabel } from './vocabulary';

const LABEL_WIDTH = 210;

function Missing() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}

/** Who the organisation is: names, registration, size, accreditation, sectors. */
export function ProfileCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const countries = useCountryNames();
  const taxonomy = useTaxonomy();
  const sectors = useMemo(() => sectorLabels(taxonomy.data, language), [taxonomy.data, language]);
  const narrow = Grid.useBreakpoint().sm === false;
  const href = websiteHref(organisation.website);
  const home = organisation.country === HOME_COUNTRY;

  const items: { key: string; label: string; children: ReactNode }[] = [
    {
      key: 'name_ru',
      label: t('organisations.fields.nameRu'),
      children: organisation.name_ru || <Missing />,
    },
    {
      key: 'name_en',
      label: t('organisations.fields.nameEn'),
      children: organisation.name_en || <Missing />,
    },
    { key: 'kind', label: t('organisations.fields.kind'), children: <KindTag kind={organisation.kind} /> },
    {
      key: 'country',
      label: t('organisations.fields.country'),
      children: (
        <span>
          {countries.nameOf(organisation.country)}{' '}
          <Typography.Text type="secondary">({organisation.country})</Typography.Text>
        </span>
      ),
    },
  ];
  if (home || organisation.inn || organisation.ogrn) {
    items.push(
      {
        key: 'inn',
        label: t('organisations.fields.inn'),
        children: organisation.inn ? <span className="code-value">{organisation.inn}</span> : <Missing />,
      },
      {
        key: 'ogrn',
        label: t('organisations.fields.ogrn'),
        children: organisation.ogrn ? <span className="code-value">{organisation.ogrn}</span> : <Missing />,
      },
    );
  }
  items.push(
    {
      key: 'website',
      label: t('organisations.fields.website'),
      children: href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {websiteLabel(organisation.website)}
        </a>
      ) : (
        <Missing />
      ),
    },
    {
      key: 'size_band',
      label: t('organisations.fields.sizeBand'),
      children: organisation.size_band ? t(`organisations.sizeBands.${organisation.size_band}`) : <Missing />,
    },
    {
      key: 'hq_region',
      label: t('organisations.fields.hqRegion'),
      children: organisation.hq_region ?? <Missing />,
    },
  );
  if (organisation.kind === 'domestic_company') {
    items.push({
      key: 'accredited',
      label: t('organisations.fields.accreditation'),
      children: organisation.accredited ? (
        <span data-testid="accreditation">
          <Tag color="green" bordered={false}>
            {t('organisations.accredited')}
          </Tag>
          {[
            organisation.accreditation_number &&
              t('organisations.accreditationNumber', { number: organisation.accreditation_number }),
            organisation.accreditation_date &&
              t('organisations.accreditationDate', {
                date: formatDate(organisation.accreditation_date, language),
              }),
          ]
            .filter(Boolean)
            .join(' ')}
        </span>
      ) : (
        <Typography.Text type="secondary">{t('organisations.notAccredited')}</Typography.Text>
      ),
    });
  }
  if (organisation.kind === 'it_hub') {
    items.push({
      key: 'hub_services',
      label: t('organisations.fields.hubServices'),
      children:
        organisation.hub_services.length > 0 ? (
          <Space size={[0, 4]} wrap>
            {organisation.hub_services.map((service) => (
              <Tag key={service} bordered={false} color="magenta">
                {t(`organisations.hubServices.${service}`)}
              </Tag>
            ))}
          </Space>
        ) : (
          <Missing />
        ),
    });
  }
  items.push(
    {
      key: 'sectors',
      label: t('organisations.fields.sectors'),
      children:
        organisation.sectors.length > 0 ? (
          <Space size={[0, 4]} wrap data-testid="sectors">
            {organisation.sectors.map((id) => (
              <Tag key={id} title={id} className="sector-tag">
                {sectors.get(id) ?? id}
              </Tag>
            ))}
          </Space>
        ) : (
          <Missing />
        ),
    },
    {
      key: 'counts',
      label: t('organisations.fields.records'),
      children: t('organisations.recordCounts', {
        solutions: organisation.solution_count,
        contacts: organisation.contact_count,
      }),
    },
    {
      key: 'updated',
      label: t('organisations.fields.updated'),
      children: (
        <Typography.Text type="secondary">
          {formatDateTime(organisation.updated_at, language)}
        </Typography.Text>
      ),
    },
  );

  return (
    <Card title={t('organisations.profile')} className="organisation-profile">
      <Descriptions
        column={1}
        size="small"
        colon={false}
        // On a phone a label column would leave the values no room: labels go above them.
        layout={narrow ? 'vertical' : 'horizontal'}
        styles={{ label: narrow ? {} : { width: LABEL_WIDTH } }}
        items={items}
      />
    </Card>
  );
}
