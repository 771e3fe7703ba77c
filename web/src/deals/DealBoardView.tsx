import {
  DndContext,
  DragOverlay,
  MouseSensor,
  TouchSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatMoney, formatMoneyCompact } from '../fx/money';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { canDrop, findCard } from './board';
import { DealCard, DealCardBody } from './DealCard';
import type { Deal, DealBoard, DealBoardColumn, DealStage } from './types';

interface Props {
  board: DealBoard;
  countryName: (code: string) => string;
  nameOf: (stage: DealStage) => string;
  /** The deal whose move is on its way, if any. */
  pendingId: number | undefined;
  onMove: (deal: Deal, to: DealStage) => void;
  /** The list of one stage's deals, for a column with more than it shows. */
  stageUrl: (stage: DealStage) => string;
}

interface ColumnProps extends Omit<Props, 'board' | 'onMove'> {
  column: DealBoardColumn;
  /** The card being dragged, if any. */
  active: Deal | undefined;
  onMove: (deal: Deal, to: DealStage) => void;
}

function BoardColumn({ column, active, countryName, nameOf, pendingId, onMove, stageUrl }: ColumnProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const code = column.stage.code;
  const target = !!active && canDrop(active, code);
  const { setNodeRef, isOver } = useDroppable({ id: code, disabled: !target });
  const rub = { minor: column.value.rub, currency: 'RUB' };
  const usd = { minor: column.value.usd, currency: 'USD' };
  const hidden = column.deals - column.items.length;
  const name = localName(column.stage, language) || code;

  return (
    <section
      ref={setNodeRef}
      className={[
        'deal-column',
        `deal-column-${code}`,
        target ? 'deal-column-target' : '',
        target && isOver ? 'deal-column-over' : '',
        active && !target && active.stage !== code ? 'deal-column-blocked' : '',
      ].join(' ')}
      data-testid="deal-column"
      data-stage={code}
      aria-label={t('deals.board.column', { stage: name, count: column.deals })}
    >
      <header className="deal-column-head">
        <div className="deal-column-title">
          <span className="deal-column-name">{name}</span>
          <span className="deal-column-count" data-testid="deal-column-count">
            {column.deals}
          </span>
        </div>
        <div className="deal-column-sums">
          <Tooltip title={t('deals.board.probability')}>
            <Tag bordered={false} className="deal-column-probability">
              {column.stage.probability}%
            </Tag>
          </Tooltip>
          <span title={formatMoney(rub, language)} data-testid="deal-column-rub">
            {formatMoneyCompact(rub, language)}
          </span>
          <span className="deal-column-usd" title={formatMoney(usd, language)} data-testid="deal-column-usd">
            {formatMoneyCompact(usd, language)}
          </span>
        </div>
      </header>
      <div className="deal-column-cards">
        {column.items.map((deal) => (
          <DealCard
            key={deal.id}
            deal={deal}
            countryName={countryName(deal.country)}
            nameOf={nameOf}
            pending={pendingId === deal.id}
            onMove={(to) => onMove(deal, to)}
          />
        ))}
        {column.deals === 0 && (
          <Typography.Text type="secondary" className="deal-column-empty">
            {t('deals.board.columnEmpty')}
          </Typography.Text>
        )}
        {hidden > 0 && (
          <Link to={stageUrl(code)} className="deal-column-more">
            {t('deals.board.more', { count: hidden })}
          </Link>
        )}
      </div>
    </section>
  );
}

/**
 * The kanban: a column per stage with its count and value, a card per deal. A card is dragged
 * onto one of the columns the server allows it (they light up; the others dim); the drop asks
 * the server through `onMove`.
 */
export function DealBoardView({ board, onMove, ...rest }: Props) {
  const [activeId, setActiveId] = useState<number | null>(null);
  // A click is not a drag: the pointer must travel a little first (a touch must rest), so the
  // card's link and menu still work.
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const active = activeId === null ? undefined : findCard(board, activeId);
  const { t } = useTranslation();
  const titleOf = (id: string | number) => findCard(board, Number(id))?.title ?? String(id);
  const stageOf = (id: string | number | undefined) => (id === undefined ? '' : rest.nameOf(id as DealStage));
  // What a screen reader hears of a drag, in the reader's language.
  const accessibility = {
    screenReaderInstructions: { draggable: t('deals.board.a11y.instructions') },
    announcements: {
      onDragStart: ({ active: dragged }: { active: { id: string | number } }) =>
        t('deals.board.a11y.start', { name: titleOf(dragged.id) }),
      onDragOver: ({
        active: dragged,
        over,
      }: {
        active: { id: string | number };
        over: { id: string | number } | null;
      }) =>
        over ? t('deals.board.a11y.over', { name: titleOf(dragged.id), stage: stageOf(over.id) }) : undefined,
      onDragEnd: ({
        active: dragged,
        over,
      }: {
        active: { id: string | number };
        over: { id: string | number } | null;
      }) =>
        over
          ? t('deals.board.a11y.drop', { name: titleOf(dragged.id), stage: stageOf(over.id) })
          : t('deals.board.a11y.cancel', { name: titleOf(dragged.id) }),
      onDragCancel: ({ active: dragged }: { active: { id: string | number } }) =>
        t('deals.board.a11y.cancel', { name: titleOf(dragged.id) }),
    },
  };

  const onDragStart = ({ active: dragged }: DragStartEvent) => setActiveId(Number(dragged.id));
  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActiveId(null);
    const deal = findCard(board, Number(dragged.id));
    const to = over?.id as DealStage | undefined;
    if (deal && to && canDrop(deal, to)) onMove(deal, to);
  };

  return (
    <DndContext
      sensors={sensors}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
    >
      <div className="deal-board" data-testid="deal-board">
        {board.columns.map((column) => (
          <BoardColumn key={column.stage.code} column={column} active={active} onMove={onMove} {...rest} />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {active && (
          <div className="deal-card deal-card-overlay">
            <DealCardBody deal={active} countryName={rest.countryName(active.country)} />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
