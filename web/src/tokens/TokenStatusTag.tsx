import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TokenStatus } from '../api/types';

const COLORS: Record<TokenStatus, string> = { active: 'green', expired: 'default', revoked: 'red' };

export function TokenStatusTag({ status }: { status: TokenStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} bordered={false}>
      {t(`tokens.status.${status}`)}
    </Tag>
  );
}
