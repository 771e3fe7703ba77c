import { Alert, Button, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** What the secret is for and how to use it. */
  description: ReactNode;
  secret: string;
  onClose: () => void;
}

/**
 * Shows a secret the server gives out once (a one-time password, an API token): copyable,
 * with a warning that it cannot be seen again. Closing needs a deliberate click.
 */
export function SecretModal({ title, description, secret, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('secret.done')}
        </Button>
      }
    >
      <Typography.Paragraph>{description}</Typography.Paragraph>
      <Typography.Paragraph
        className="secret"
        data-testid="secret"
        copyable={{ text: secret, tooltips: [t('secret.copy'), t('secret.copied')] }}
      >
        <code data-testid="secret-value">{secret}</code>
      </Typography.Paragraph>
      <Alert type="warning" showIcon message={t('secret.onlyOnce')} />
    </Modal>
  );
}
