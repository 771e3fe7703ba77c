import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PresenceStatus } from '../api/types';
import { PRESENCE_TAG_COLORS } from './presence';

export function PresenceTag({ status }: { status: PresenceStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PRESENCE_TAG_COLORS[status]} bordered={false}>
      {t(`presence.status.${status}`)}
    </Tag>
  );
}
