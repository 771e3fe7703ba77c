import { Card, Descriptions, Empty, Grid, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import type { OrganisationLinks, OrganisationRef } from './types';

function RefLink({ organisation }: { organisation: OrganisationRef }) {
  const name = localName(organisation, currentLanguage()) || `#${organisation.id}`;
  return (
    <Link to={`/organisations/${organisation.id}`}>
      {name} <Typography.Text type="secondary">({organisation.country})</Typography.Text>
    </Link>
  );
}

function RefList({ organisations }: { organisations: OrganisationRef[] }) {
  return (
    <Space direction="vertical" size={2}>
      {organisations.map((organisation) => (
        <RefLink key={organisation.id} organisation={organisation} />
      ))}
    </Space>
  );
}

/** The organisations this one is related to: group, hubs and their residents. */
export function LinksCard({ links }: { links: OrganisationLinks }) {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().sm === false;
  const items: { key: string; label: string; children: ReactNode }[] = [];
  if (links.parent) {
    items.push({
      key: 'parent',
      label: t('organisations.links.parent'),
      children: <RefLink organisation={links.parent} />,
    });
  }
  const lists: [keyof OrganisationLinks, OrganisationRef[]][] = [
    ['children', links.children],
    ['operates', links.operates],
    ['resident_of', links.resident_of],
    ['residents', links.residents],
  ];
  if (links.hub_operator) {
    items.push({
      key: 'hub_operator',
      label: t('organisations.links.hub_operator'),
      children: <RefLink organisation={links.hub_operator} />,
    });
  }
  for (const [key, organisations] of lists) {
    if (organisations.length === 0) continue;
    items.push({
      key,
      label: `${t(`organisations.links.${key}`)} (${organisations.length})`,
      children: <RefList organisations={organisations} />,
    });
  }
  return (
    <Card title={t('organisations.links.title')} className="organisation-links">
      {items.length > 0 ? (
        <Descriptions
          column={1}
          size="small"
          colon={false}
          layout={narrow ? 'vertical' : 'horizontal'}
          styles={{ label: narrow ? {} : { width: 190 } }}
          items={items}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('organisations.links.empty')} />
      )}
    </Card>
  );
}
