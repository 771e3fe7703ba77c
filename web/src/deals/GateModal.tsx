import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { needs, type GateIssue } from './gate';

interface Props {
  /** The record's title and the stage it was to move to. */
  title: string;
  stage: string;
  issues: readonly GateIssue[];
  /** The button that leads to the record's form ("Fill in the deal"). */
  editText: string;
  /** Offered when the record's form can supply what is missing. */
  onEdit?: () => void;
  /** Offered when the contract's milestones are what is missing. */
  onMilestones?: () => void;
  onClose: () => void;
}

/** Why the server refused a move: every missing thing in its words, and where to supply it. */
export function GateModal({ title, stage, issues, editText, onEdit, onMilestones, onClose }: Props) {
  const { t } = useTranslation();
  const edit = onEdit && needs(issues, 'form');
  const milestones = onMilestones && needs(issues, 'milestones');
  return (
    <Modal
      open
      title={t('deals.gate.title', { stage })}
      onCancel={onClose}
      className="deal-gate"
      footer={[
        <Button key="close" onClick={onClose}>
          {t('deals.gate.close')}
        </Button>,
        milestones && (
          <Button key="milestones" type={edit ? 'default' : 'primary'} onClick={onMilestones}>
            {t('deals.gate.milestones')}
          </Button>
        ),
        edit && (
          <Button key="edit" type="primary" onClick={onEdit}>
            {editText}
          </Button>
        ),
      ]}
    >
      <Typography.Paragraph>{t('deals.gate.intro', { name: title, stage })}</Typography.Paragraph>
      <ul className="deal-gate-issues" data-testid="deal-gate-issues">
        {issues.map((issue, index) => (
          <li key={index}>{issue.message}</li>
        ))}
      </ul>
    </Modal>
  );
}

/** Atop the form a refused move led to: what to fill in before the move can be made. */
export function GateAlert({
  title,
  issues,
  testId,
}: {
  title: string;
  issues: readonly GateIssue[];
  testId: string;
}) {
  if (issues.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid={testId}
      message={title}
      description={
        <ul className="problem-errors">
          {issues.map((issue, index) => (
            <li key={index}>{issue.message}</li>
          ))}
        </ul>
      }
    />
  );
}
