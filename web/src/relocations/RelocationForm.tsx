import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { showFieldProblems } from '../app/formProblems';
import { useSaveProblem } from '../app/SaveProblem';
import { AmountFields } from '../deals/AmountFields';
import { GateAlert } from '../deals/GateModal';
import { useGateMarks } from '../deals/useStageMove';
import { useOrganisation } from '../organisations/api';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { useCountryNames } from '../organisations/useCountryNames';
import { useStaffOptions } from '../requests/useStaffOptions';
import { useCreateRelocation, usePatchRelocation, type RelocationRecord } from './api';
import { MAX_NOTES, MAX_TITLE, relocationRules } from './formRules';
import { FORM_FIELDS, formFieldOf, toFields, toPatch, toValues, type RelocationValues } from './formValues';
import { RELOCATION_KINDS } from './stages';
import { useRelocationStageName, type RelocationGateState } from './useRelocationMove';

const COMPANY_KINDS = ['foreign_company'] as const;

interface Props {
  /** The case to change; a new one is opened when absent. */
  record?: RelocationRecord;
  /** Reads the case again after someone else changed it. */
  onReload?: () => Promise<unknown>;
  /** What a refused move lacked, when the reader came here to supply it. */
  gate?: RelocationGateState['gate'];
  /** Where to go once saved or cancelled; the case's page by default. */
  back?: string;
}

/** Opens a relocation case, or changes one, as a page of its own. */
export function RelocationForm({ record, onReload, gate, back }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<RelocationValues>();
  const original = record?.relocation;
  const create = useCreateRelocation();
  const patch = usePatchRelocation(original?.id ?? 0);
  const mutation = original ? patch : create;
  const countries = useCountryNames();
  const nameOf = useRelocationStageName();
  const rules = useMemo(() => relocationRules(t), [t]);
  const initialValues = useMemo(() => toValues(original), [original]);
  const knownCompany = useMemo(() => (original ? [original.organisation] : []), [original]);

  // Who may own the case: the attachés of the country the company comes from (its own country
  // unless said otherwise), and HQ analysts.
  const chosenCountry = Form.useWatch('from_country', form) || original?.from_country;
  const organisationId = Form.useWatch('organisation_id', form) ?? 0;
  const company = useOrganisation(chosenCountry ? 0 : organisationId);
  const fromCountry = chosenCountry || company.data?.organisation.country;
  const owner = useMemo(() => (original?.owner ? [original.owner] : []), [original]);
  const ownerOptions = useStaffOptions(fromCountry ? [fromCountry] : [], owner);

  // The fields this form shows: what a server error may be shown on.
  const fields = FORM_FIELDS.filter((field) => field !== 'organisation_id' || !original);
  // Sent here by a refused move: mark what the stage's gate lacks where it is filled in.
  useGateMarks(form, gate);

  const saveProblem = useSaveProblem({
    mutation,
    onReload,
    staleTitle: t('relocations.stale'),
    formFields: [...fields, 'investment'],
  });
  const onError = (error: Error) => {
    if (!saveProblem.caught(error)) showFieldProblems(form, error, fields, formFieldOf);
  };

  const leave = (id: number) => navigate(back ?? `/relocations/${id}`);
  const saved = (id: number) => {
    void message.success(t(original ? 'relocations.saved' : 'relocations.created'));
    leave(id);
  };

  const save = (values: RelocationValues) => {
    if (original && record) {
      const changes = toPatch(original, values);
      if (Object.keys(changes).length === 0) {
        void message.info(t('requests.unchanged'));
        leave(original.id);
        return;
      }
      patch.mutate({ patch: changes, etag: record.etag }, { onSuccess: () => saved(original.id), onError });
    } else {
      create.mutate(toFields(values), { onSuccess: (created) => saved(created.relocation.id), onError });
    }
  };

  return (
    <Form<RelocationValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={initialValues}
      onFinish={save}
      disabled={mutation.isPending}
      className="relocation-form"
      scrollToFirstError={{ block: 'center', focus: true }}
    >
      <Space direction="vertical" size={16} className="full-width">
        {gate && (
          <GateAlert
            testId="relocation-form-gate"
            title={t('relocations.gate.formTitle', { stage: nameOf(gate.to) })}
            issues={gate.issues}
          />
        )}
        <Card title={t('relocations.sections.case')}>
          <Row gutter={16}>
            {!original && (
              <Col xs={24} md={12}>
                <Form.Item
                  name="organisation_id"
                  label={t('relocations.fields.organisation')}
                  rules={rules.organisation}
                  extra={t('relocations.hints.organisation')}
                >
                  <OrganisationSelect known={knownCompany} kinds={COMPANY_KINDS} />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={12}>
              <Form.Item
                name="from_country"
                label={t('relocations.fields.fromCountry')}
                extra={t('relocations.hints.fromCountry')}
              >
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  loading={countries.loading}
                  options={countries.options}
                  placeholder={t('relocations.hints.fromCountryPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="kind" label={t('relocations.fields.kind')} rules={rules.kind}>
                <Select
                  options={RELOCATION_KINDS.map((kind) => ({
                    value: kind,
                    label: t(`relocations.kinds.${kind}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="title" label={t('relocations.fields.title')} rules={rules.title}>
                <Input autoComplete="off" count={{ show: true, max: MAX_TITLE }} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="notes" label={t('relocations.fields.notes')} rules={rules.notes}>
                <Input.TextArea
                  autoSize={{ minRows: 3, maxRows: 12 }}
                  count={{ show: true, max: MAX_NOTES }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('relocations.sections.terms')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="owner_id"
                label={t('relocations.fields.owner')}
                extra={original ? t('relocations.hints.owner') : t('relocations.hints.ownerNew')}
              >
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  placeholder={t('relocations.noOwner')}
                  options={ownerOptions}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="region"
                label={t('relocations.fields.region')}
                rules={rules.region}
                normalize={(value?: string) => value?.toUpperCase()}
                extra={t('relocations.hints.region')}
              >
                <Input placeholder="RU-TA" autoComplete="off" spellCheck={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="jobs"
                label={t('relocations.fields.jobs')}
                rules={rules.jobs}
                extra={t('relocations.hints.jobs')}
              >
                <InputNumber className="full-width" min={0} precision={0} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <AmountFields
                form={form}
                label={t('relocations.fields.investment')}
                extra={t('relocations.hints.investment')}
                placeholder="5 000 000"
                gutter={8}
              />
            </Col>
          </Row>
        </Card>

        {saveProblem.problem}
        <Space className="form-actions">
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>
            {original ? t('common.save') : t('relocations.createOk')}
          </Button>
          <Button
            onClick={() => navigate(back ?? (original ? `/relocations/${original.id}` : '/relocations'))}
          >
            {t('common.cancel')}
          </Button>
        </Space>
      </Space>
    </Form>
  );
}
