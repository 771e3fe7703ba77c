import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttacheStatus } from '../api/types';
import { ATTACHE_TAG_COLORS } from './attacheStatus';

export function AttacheStatusTag({ status }: { status: AttacheStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={ATTACHE_TAG_COLORS[status]} bordered={false}>
      {t(`attaches.status.${status}`)}
    </Tag>
  );
}
