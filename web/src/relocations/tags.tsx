import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAGE_COLORS } from './stages';
import type { RelocationKind, RelocationStage } from './types';

export function RelocationStageTag({ stage }: { stage: RelocationStage }) {
  const { t } = useTranslation();
  return (
    <Tag color={STAGE_COLORS[stage]} bordered={false} className="relocation-stage" data-stage={stage}>
      {t(`relocations.stages.${stage}`)}
    </Tag>
  );
}

export function RelocationKindTag({ kind }: { kind: RelocationKind }) {
  const { t } = useTranslation();
  return (
    <Tag bordered={false} className="relocation-kind">
      {t(`relocations.kinds.${kind}`)}
    </Tag>
  );
}
