import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MarketStatus, OrganisationKind } from './types';
import { KIND_COLORS, MARKET_STATUS_COLORS } from './vocabulary';

export function KindTag({ kind }: { kind: OrganisationKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} bordered={false}>
      {t(`organisations.kinds.${kind}`)}
    </Tag>
  );
}

export function MarketStatusTag({ status }: { status: MarketStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={MARKET_STATUS_COLORS[status]} bordered={false}>
      {t(`organisations.marketStatuses.${status}`)}
    </Tag>
  );
}
