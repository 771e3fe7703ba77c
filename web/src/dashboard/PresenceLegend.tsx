import { Badge, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PresenceStatus } from '../api/types';
import { PRESENCE_COLORS, PRESENCE_STATUSES } from '../countries/presence';

/** The map's key: each status's colour and how many countries have it. */
export function PresenceLegend({ counts }: { counts: Record<PresenceStatus, number> }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={[20, 8]} className="map-legend" aria-label={t('dashboard.legend')}>
      {PRESENCE_STATUSES.map((status) => (
        <Badge
          key={status}
          color={PRESENCE_COLORS[status]}
          text={
            <>
              {t(`presence.status.${status}`)}{' '}
              <strong data-testid={`legend-${status}`}>{counts[status]}</strong>
            </>
          }
        />
      ))}
    </Space>
  );
}
