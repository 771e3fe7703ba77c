import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { formatDate, formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import type { CountryRecord } from './api';
import { PresenceForm } from './PresenceForm';
import { PresenceTag } from './PresenceTag';

interface Props {
  record: CountryRecord;
  /** Reloads the country after someone else changed it. */
  onStale: () => void;
}

export function PresenceCard({ record, onStale }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { can } = useAuth();
  const editable = can('country.update', { country: record.country.iso2 });
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const { presence, updated_at: updatedAt } = record.country;

  const startEditing = () => {
    setConflict(false);
    setEditing(true);
  };

  return (
    <Card
      title={t('presence.title')}
      extra={
        editable &&
        !editing && (
          <Button icon={<EditOutlined />} onClick={startEditing} aria-label={t('presence.edit')}>
            {t('common.edit')}
          </Button>
        )
      }
    >
      {conflict && (
        <Alert
          className="card-alert"
          type="warning"
          showIcon
          message={t('presence.conflictTitle')}
          description={t('presence.conflictDetail')}
          closable
          onClose={() => setConflict(false)}
        />
      )}
      {editable && editing ? (
        <PresenceForm
          // A fresh version means fresh initial values.
          key={record.etag}
          record={record}
          onSaved={() => setEditing(false)}
          onConflict={() => {
            setEditing(false);
            setConflict(true);
            onStale();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Descriptions column={1} size="small" colon={false} styles={{ label: { width: 176 } }}>
          <Descriptions.Item label={t('presence.fields.status')}>
            <PresenceTag status={presence.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('presence.fields.since')}>
            {presence.since ? (
              formatDate(presence.since, language)
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('presence.fields.note')}>
            {presence.note ? (
              <Typography.Paragraph className="note" data-testid="presence-note">
                {presence.note}
              </Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">{t('presence.noNote')}</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('presence.fields.updated')}>
            <Typography.Text type="secondary">{formatDateTime(updatedAt, language)}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
