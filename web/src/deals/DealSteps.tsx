import { Alert, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { isClosedOut, MAIN_PATH, stageLeft, stepState } from './stages';
import type { Deal, DealStageChange } from './types';
import { useStageName } from './useStageName';

/**
 * Where the deal is on its way from lead to completion; a lost or abandoned deal stops, marked,
 * at the stage it left, with the reason and, when lost, who won instead.
 */
export function DealSteps({
  deal,
  history,
}: {
  deal: Deal;
  history: readonly DealStageChange[] | undefined;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { nameOf } = useStageName();
  const closed = isClosedOut(deal.stage);
  const left = stageLeft(deal.stage, history);
  const state = stepState(deal.stage, left);

  return (
    <div className="deal-steps">
      <Steps
        size="small"
        // Seven steps with names under their dots fit a laptop's width in both languages.
        labelPlacement="vertical"
        current={state.current}
        status={state.status}
        items={MAIN_PATH.map((stage, index) => ({
          key: stage,
          title:
            closed && index === state.current ? `${nameOf(stage)} · ${nameOf(deal.stage)}` : nameOf(stage),
        }))}
      />
      {closed && (
        <Alert
          type={deal.stage === 'lost' ? 'error' : 'warning'}
          showIcon
          className="deal-closed"
          data-testid="deal-closed"
          message={
            deal.stage === 'lost'
              ? t('deals.closed.lost', { winner: deal.lost_to || t('deals.closed.unknown') })
              : t('deals.closed.abandoned')
          }
          description={
            <>
              {deal.close_reason && <div className="note">{deal.close_reason}</div>}
              {deal.closed_at && (
                <div className="secondary-line">
                  {t('deals.closed.at', { date: formatDateTime(deal.closed_at, language) })}
                </div>
              )}
            </>
          }
        />
      )}
    </div>
  );
}
