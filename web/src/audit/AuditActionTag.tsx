import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from './auditQuery';

const COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  archive: 'default',
  login: 'cyan',
  login_failed: 'red',
  logout: 'default',
  password_change: 'purple',
  password_reset: 'orange',
  revoke: 'volcano',
  reference_sync: 'default',
  merge: 'geekblue',
  merged: 'default',
  erase: 'red',
  export: 'gold',
  transition: 'geekblue',
  comment: 'lime',
  attach: 'lime',
  detach: 'default',
  import: 'gold',
};

type KnownAction = (typeof AUDIT_ACTIONS)[number];
type KnownEntity = (typeof AUDIT_ENTITIES)[number];

/** "Changed" for "update"; an action the UI does not know yet keeps its code. */
export function useActionLabel() {
  const { t } = useTranslation();
  return (action: string) =>
    (AUDIT_ACTIONS as readonly string[]).includes(action)
      ? t(`audit.actions.${action as KnownAction}`)
      : action;
}

/** "Country" for "country"; an unknown kind of record keeps its code. */
export function useEntityLabel() {
  const { t } = useTranslation();
  return (entity: string) =>
    (AUDIT_ENTITIES as readonly string[]).includes(entity)
      ? t(`audit.entities.${entity as KnownEntity}`)
      : entity;
}

export function AuditActionTag({ action }: { action: string }) {
  const label = useActionLabel();
  return (
    <Tag color={COLORS[action] ?? 'default'} bordered={false}>
      {label(action)}
    </Tag>
  );
}
