import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { MAX_LOST_TO, MAX_REASON } from './formRules';
import type { DealTransition } from './types';

const FIELDS = ['reason', 'lost_to'] as const;

interface Values {
  reason?: string;
  lost_to?: string;
}

interface Props {
  /** The deal's title, for the dialog's title. */
  title: string;
  /** The moves out that ask why: lost also asks who won instead. */
  to: 'lost' | 'abandoned';
  pending: boolean;
  /** The failed attempt, if the last one failed. */
  error: unknown;
  onSubmit: (transition: DealTransition, onFieldError: (error: unknown) => void) => void;
  onClose: () => void;
}

/** Asks why a deal is lost and who won the contract instead, or why it is abandoned. */
export function MoveDialog({ title, to, pending, error, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const lost = to === 'lost';

  const submit = ({ reason, lost_to: lostTo }: Values) => {
    const transition: DealTransition = { to, reason: (reason ?? '').trim() };
    if (lost) transition.lost_to = (lostTo ?? '').trim();
    onSubmit(transition, (failure) => showFieldProblems(form, failure, FIELDS));
  };

  return (
    <Modal
      open
      title={t(`deals.move.titles.${to}`, { name: title })}
      okText={t(`deals.move.${to}`)}
      okButtonProps={{ danger: true }}
      cancelText={t('requests.transition.back')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={pending}
        className="deal-move-form"
      >
        <Form.Item
          name="reason"
          label={t('deals.move.reason')}
          extra={t('deals.move.reasonHint')}
          rules={[
            { required: true, whitespace: true, message: t('requests.transition.reasonRequired') },
            { max: MAX_REASON, message: t('requests.errors.tooLong', { max: MAX_REASON }) },
          ]}
        >
          <Input.TextArea
            autoFocus
            autoSize={{ minRows: 3, maxRows: 10 }}
            count={{ show: true, max: MAX_REASON }}
          />
        </Form.Item>
        {lost && (
          <Form.Item
            name="lost_to"
            label={t('deals.move.lostTo')}
            extra={t('deals.move.lostToHint')}
            rules={[
              { required: true, whitespace: true, message: t('deals.move.lostToRequired') },
              { max: MAX_LOST_TO, message: t('requests.errors.tooLong', { max: MAX_LOST_TO }) },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        {!!error && <ProblemAlert error={error} formFields={FIELDS} />}
      </Form>
    </Modal>
  );
}
