import { Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { ProblemAlert } from './ProblemAlert';
import type { StageChangeOf } from './stagePath';

interface Props<S extends string> {
  history: readonly StageChangeOf<S>[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** The stage's tag, as the record's heading shows it. */
  renderStage: (stage: S) => ReactNode;
  /** The colour (CSS) of a move's dot: that of the stage it went to. */
  colorOf: (stage: S) => string;
  texts: {
    title: string;
    /** Said when the record has no moves to show. */
    empty: string;
    /** Said before the stage the record opened at ("Opened at"). */
    opened: string;
  };
  /** The card's test id and class, e.g. `deal-history`. */
  testId: string;
}

/**
 * Every move of a record (a deal, a relocation case) between stages, oldest first: from where to
 * where, who, when and why.
 */
export function StageHistory<S extends string>({
  history,
  loading,
  error,
  onRetry,
  renderStage,
  colorOf,
  texts,
  testId,
}: Props<S>) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Card title={texts.title} className={`stage-history ${testId}`} data-testid={testId}>
      {!!error && <ProblemAlert error={error} onRetry={onRetry} />}
      {loading && !error && <Skeleton active paragraph={{ rows: 3 }} />}
      {history && history.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={texts.empty} />
      )}
      {history && history.length > 0 && (
        <Timeline
          items={history.map((change, index) => ({
            key: index,
            color: colorOf(change.to),
            children: (
              <div className="stage-history-item" data-testid="stage-change" data-to={change.to}>
                <div>
                  {change.from ? (
                    <>
                      {renderStage(change.from)}
                      <span className="stage-history-arrow">→</span>
                    </>
                  ) : (
                    <span className="stage-history-opened">{texts.opened}</span>
                  )}
                  {renderStage(change.to)}
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
          }))}
        />
      )}
    </Card>
  );
}
