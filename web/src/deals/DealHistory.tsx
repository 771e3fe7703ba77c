import { Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../app/ProblemAlert';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { STAGE_HEX } from './stages';
import { DealStageTag } from './tags';
import type { DealStageChange } from './types';

interface Props {
  history: readonly DealStageChange[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** Every move of the deal between stages, oldest first: from where to where, who, when and why. */
export function DealHistory({ history, loading, error, onRetry }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Card title={t('deals.history.title')} className="deal-history" data-testid="deal-history">
      {!!error && <ProblemAlert error={error} onRetry={onRetry} />}
      {loading && <Skeleton active paragraph={{ rows: 3 }} />}
      {history && history.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deals.history.empty')} />
      )}
      {history && history.length > 0 && (
        <Timeline
          items={history.map((change, index) => {
            return {
              key: index,
              color: STAGE_HEX[change.to],
              children: (
                <div className="deal-history-item">
                  <div>
                    {change.from ? (
                      <>
                        <DealStageTag stage={change.from} />
                        <span className="deal-history-arrow">→</span>
                      </>
                    ) : (
                      <span className="deal-history-opened">{t('deals.history.opened')}</span>
                    )}
                    <DealStageTag stage={change.to} />
                  </div>
                  <Typography.Text type="secondary" className="secondary-line">
                    {formatDateTime(change.at, language)} ·{' '}
                    {change.by?.display_name ?? t('requests.comments.system')}
                  </Typography.Text>
                  {change.reason && (
                    <Typography.Paragraph className="note">{change.reason}</Typography.Paragraph>
                  )}
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
