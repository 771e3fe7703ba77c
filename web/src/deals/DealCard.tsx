import { SwapOutlined } from '@ant-design/icons';
import { useDraggable } from '@dnd-kit/core';
import { Button, Dropdown, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatMoney } from '../fx/money';
import { formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { isMovable } from './board';
import { orderedTransitions, reasonNeed } from './stages';
import type { Deal, DealStage } from './types';

interface BodyProps {
  deal: Deal;
  countryName: string;
  /** The "Move to…" menu; absent on the copy that follows the pointer. */
  moveMenu?: React.ReactNode;
}

/** What a card says of its deal: title, company, country, value, owner and expected close. */
export function DealCardBody({ deal, countryName, moveMenu }: BodyProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const company = localName(deal.organisation, language) || `#${deal.organisation_id}`;
  return (
    <>
      <div className="deal-card-head">
        {/* A link's own native drag would cancel the card's. */}
        <Link to={`/deals/${deal.id}`} className="deal-card-title" draggable={false}>
          {deal.title}
        </Link>
        {moveMenu}
      </div>
      <div className="deal-card-company">{company}</div>
      <div className="deal-card-line">
        <span title={deal.country}>{countryName}</span>
        {deal.value ? (
          <strong className="deal-card-value">{formatMoney(deal.value, language)}</strong>
        ) : (
          <Typography.Text type="secondary" className="deal-card-value">
            {t('deals.noValue')}
          </Typography.Text>
        )}
      </div>
      <div className="deal-card-line deal-card-secondary">
        <span>{deal.owner?.display_name ?? t('deals.noOwner')}</span>
        {deal.expected_close_date && (
          <Tooltip title={t('deals.fields.expectedCloseDate')}>
            <span className="nowrap">{formatDate(deal.expected_close_date, language)}</span>
          </Tooltip>
        )}
      </div>
    </>
  );
}

interface Props {
  deal: Deal;
  countryName: string;
  nameOf: (stage: DealStage) => string;
  /** This card's move is on its way to the server. */
  pending: boolean;
  onMove: (to: DealStage) => void;
}

/**
 * A deal on the board. One the reader may move is dragged to another column, or moved with its
 * "Move to…" menu (the way without a mouse); one the reader may not move stays put.
 */
export function DealCard({ deal, countryName, nameOf, pending, onMove }: Props) {
  const { t } = useTranslation();
  const movable = isMovable(deal) && !pending;
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: deal.id, disabled: !movable });

  const moveMenu = movable && (
    <Dropdown
      trigger={['click']}
      autoFocus
      menu={{
        items: orderedTransitions(deal.allowed_transitions).map((stage) => ({
          key: stage,
          label: nameOf(stage),
          danger: reasonNeed(stage) !== 'none',
        })),
        onClick: ({ key }) => onMove(key as DealStage),
      }}
    >
      <Button
        size="small"
        type="text"
        icon={<SwapOutlined />}
        className="deal-card-move"
        aria-label={t('deals.board.moveTo', { name: deal.title })}
        title={t('deals.board.moveToShort')}
      />
    </Dropdown>
  );

  return (
    <div
      ref={setNodeRef}
      {...listeners}
      className={[
        'deal-card',
        movable ? 'deal-card-movable' : '',
        isDragging ? 'deal-card-dragging' : '',
        pending ? 'deal-card-pending' : '',
      ].join(' ')}
      data-testid="deal-card"
      data-deal={deal.id}
      aria-busy={pending || undefined}
    >
      <DealCardBody deal={deal} countryName={countryName} moveMenu={moveMenu || undefined} />
    </div>
  );
}
