import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import type { Organisation } from './types';
import { localDescription } from './vocabulary';

/** What the organisation does, in the reader's language, else in the other one (and saying so). */
export function DescriptionCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const description = localDescription(organisation, currentLanguage());
  return (
    <Card title={t('organisations.fields.description')} className="organisation-description">
      {description.text ? (
        <>
          {description.fallback && (
            <Typography.Text type="secondary" className="secondary-line fallback-note">
              {t(`organisations.inLanguage.${description.fallback}`)}
            </Typography.Text>
          )}
          <Typography.Paragraph
            className="note"
            lang={description.fallback}
            data-testid="organisation-description"
          >
            {description.text}
          </Typography.Paragraph>
        </>
      ) : (
        <Typography.Text type="secondary">{t('organisations.noDescription')}</Typography.Text>
      )}
    </Card>
  );
}
