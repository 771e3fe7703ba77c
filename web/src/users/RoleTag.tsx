import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';

const COLORS: Record<Role, string> = {
  admin: 'magenta',
  analyst: 'geekblue',
  attache: 'green',
  company: 'gold',
  region: 'cyan',
  viewer: 'default',
};

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[role]} bordered={false}>
      {t(`roles.${role}`)}
    </Tag>
  );
}
