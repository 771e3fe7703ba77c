import { Tag } from 'antd';
import { STAGE_COLORS } from './stages';
import type { DealStage } from './types';
import { useStageName } from './useStageName';

export function DealStageTag({ stage }: { stage: DealStage }) {
  const { nameOf } = useStageName();
  return (
    <Tag color={STAGE_COLORS[stage]} bordered={false} className="deal-stage" data-stage={stage}>
      {nameOf(stage)}
    </Tag>
  );
}
