import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { localName, otherName } from '../i18n/localName';
import { KindTag } from './tags';
import type { DuplicateCandidate } from './types';

/** The organisations that look like this one, each a link (in a new tab: the form stays). */
function CandidateList({ candidates }: { candidates: DuplicateCandidate[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ul className="candidates">
      {candidates.map((candidate) => (
        <li key={candidate.id}>
          <a href={`/organisations/${candidate.id}`} target="_blank" rel="noopener">
            {localName(candidate, language) || `#${candidate.id}`}
          </a>{' '}
          {otherName(candidate, language) && (
            <Typography.Text type="secondary">{otherName(candidate, language)} </Typography.Text>
          )}
          <KindTag kind={candidate.kind} />
          <Typography.Text type="secondary">
            {candidate.country}
            {candidate.inn ? ` · ${t('organisations.fields.inn')} ${candidate.inn}` : ''}
            {' · '}
            {t(`organisations.duplicates.reason.${candidate.reason}`)}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

/** A warning while typing: records with a similar name or the same INN exist. */
export function DuplicateWarning({ candidates }: { candidates: DuplicateCandidate[] }) {
  const { t } = useTranslation();
  if (candidates.length === 0) return null;
  const sameInn = candidates.some((candidate) => candidate.reason === 'inn');
  return (
    <Alert
      type="warning"
      showIcon
      className="duplicate-warning"
      data-testid="duplicate-warning"
      message={t(sameInn ? 'organisations.duplicates.innTitle' : 'organisations.duplicates.title', {
        number: candidates.length,
      })}
      description={<CandidateList candidates={candidates} />}
    />
  );
}

interface ConfirmProps {
  candidates: DuplicateCandidate[];
  onCreateAnyway: () => void;
  onCancel: () => void;
  pending: boolean;
}

/** The server's 409 possible-duplicate: the candidates, and a way to create all the same. */
export function DuplicateConfirm({ candidates, onCreateAnyway, onCancel, pending }: ConfirmProps) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      className="duplicate-confirm"
      data-testid="duplicate-confirm"
      message={t('organisations.duplicates.confirmTitle')}
      description={
        <>
          <Typography.Paragraph>{t('organisations.duplicates.confirmDetail')}</Typography.Paragraph>
          <CandidateList candidates={candidates} />
          <Space wrap>
            <Button type="primary" danger onClick={onCreateAnyway} loading={pending}>
              {t('organisations.duplicates.createAnyway')}
            </Button>
            <Button onClick={onCancel}>{t('organisations.duplicates.keepEditing')}</Button>
          </Space>
        </>
      }
    />
  );
}
