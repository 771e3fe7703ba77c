import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Maturity, SolutionKind } from './types';
import { isReadiness, MATURITY_COLORS, READINESS_COLORS, SOLUTION_KIND_COLORS } from './vocabulary';

export function SolutionKindTag({ kind }: { kind: SolutionKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={SOLUTION_KIND_COLORS[kind]} bordered={false}>
      {t(`solutions.kinds.${kind}`)}
    </Tag>
  );
}

export function MaturityTag({ maturity }: { maturity: Maturity }) {
  const { t } = useTranslation();
  return (
    <Tag color={MATURITY_COLORS[maturity]} bordered={false}>
      {t(`solutions.maturities.${maturity}`)}
    </Tag>
  );
}

/** "2 · Ready", with what the level means on hover. */
export function ReadinessTag({ readiness }: { readiness: number }) {
  const { t } = useTranslation();
  if (!isReadiness(readiness)) return <Tag bordered={false}>{readiness}</Tag>;
  return (
    <Tooltip title={t(`solutions.readiness.meaning.${readiness}`)}>
      <Tag
        color={READINESS_COLORS[readiness]}
        bordered={false}
        className="readiness-tag"
        data-readiness={readiness}
      >
        {readiness} · {t(`solutions.readiness.level.${readiness}`)}
      </Tag>
    </Tooltip>
  );
}

export function PublishedTag({ published }: { published: boolean }) {
  const { t } = useTranslation();
  return published ? (
    <Tag color="green" bordered={false}>
      {t('solutions.published')}
    </Tag>
  ) : (
    <Tag bordered={false}>{t('solutions.unpublished')}</Tag>
  );
}
