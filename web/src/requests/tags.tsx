import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS } from './status';
import type { RequestStatus } from './types';

export function RequestStatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} bordered={false} className="request-status" data-status={status}>
      {t(`requests.statuses.${status}`)}
    </Tag>
  );
}

export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" className="overdue-tag">
      {t('requests.overdue')}
    </Tag>
  );
}
