import { CalendarOutlined, CarOutlined, MailOutlined, PhoneOutlined, TeamOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_COLORS } from './kinds';
import type { ActivityKind } from './types';

const ICONS: Record<ActivityKind, ReactNode> = {
  meeting: <TeamOutlined aria-hidden />,
  call: <PhoneOutlined aria-hidden />,
  visit: <CarOutlined aria-hidden />,
  email: <MailOutlined aria-hidden />,
  event: <CalendarOutlined aria-hidden />,
};

export function ActivityKindIcon({ kind }: { kind: ActivityKind }) {
  return <>{ICONS[kind]}</>;
}

export function ActivityKindTag({ kind }: { kind: ActivityKind }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={KIND_COLORS[kind]}
      bordered={false}
      icon={ICONS[kind]}
      className="activity-kind"
      data-kind={kind}
    >
      {t(`activities.kinds.${kind}`)}
    </Tag>
  );
}
