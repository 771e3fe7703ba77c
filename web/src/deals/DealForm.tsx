import { App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { showFieldProblems } from '../app/formProblems';
import { useSaveProblem } from '../app/SaveProblem';
import { useAuth } from '../auth/AuthProvider';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { useCountryNames } from '../organisations/useCountryNames';
import { AmountFields } from './AmountFields';
import { useCreateDeal, usePatchDeal, type DealRecord } from './api';
import { dealRules, MAX_CONTRACT_NUMBER, MAX_DESCRIPTION, MAX_TITLE } from './formRules';
import { FORM_FIELDS, formFieldOf, toFields, toPatch, toValues, type DealValues } from './formValues';
import { DEAL_CATEGORIES } from './stages';
import { GateAlert } from './GateModal';
import type { DealGateState } from './useDealMove';
import { useDealFormOptions } from './useDealFormOptions';
import { useGateMarks } from './useStageMove';
import { useStageName } from './useStageName';

const COMPANY_KINDS = ['domestic_company'] as const;

interface Props {
  /** The deal to change; a new one is opened when absent. */
  record?: DealRecord;
  /** Reloads the deal after someone else changed it. */
  onReload?: () => Promise<unknown>;
  /** What a refused move lacked, when the reader came here to supply it. */
  gate?: DealGateState['gate'];
  /** Where to go once saved or cancelled; the deal's page by default. */
  back?: string;
}

/** Opens a deal, or changes one, as a page of its own. */
export function DealForm({ record, onReload, gate, back }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me } = useAuth();
  const [form] = Form.useForm<DealValues>();
  const original = record?.deal;
  const create = useCreateDeal();
  const patch = usePatchDeal(original?.id ?? 0);
  const mutation = original ? patch : create;
  const countries = useCountryNames();
  const { nameOf } = useStageName();
  const rules = useMemo(() => dealRules(t), [t]);
  // An attaché opens deals mostly in its own country.
  const initialValues = useMemo(() => toValues(original, me?.user.countries[0]), [original, me]);
  const knownCompany = useMemo(() => (original ? [original.organisation] : []), [original]);
  const knownCounterparty = useMemo(
    () => (original?.counterparty ? [original.counterparty] : []),
    [original],
  );

  const organisationId = Form.useWatch('organisation_id', form) ?? initialValues.organisation_id ?? undefined;
  const country = Form.useWatch('country', form) ?? initialValues.country;
  const { solutions, requests, assignees, solutionOptions, requestOptions, ownerOptions } =
    useDealFormOptions(original, organisationId, country);

  // The fields this form shows: what a server error may be shown on.
  const fields = FORM_FIELDS.filter((field) => field !== 'organisation_id' || !original);

  // Sent here by a refused move: mark what the stage's gate lacks where it is filled in.
  useGateMarks(form, gate);

  const saveProblem = useSaveProblem({
    mutation,
    onReload,
    staleTitle: t('deals.stale.title'),
    formFields: [...fields, 'value'],
  });
  const onError = (error: Error) => {
    if (!saveProblem.caught(error)) showFieldProblems(form, error, fields, formFieldOf);
  };

  const leave = (id: number) => navigate(back ?? `/deals/${id}`);
  const saved = (id: number) => {
    void message.success(t(original ? 'deals.saved' : 'deals.created'));
    leave(id);
  };

  const save = (values: DealValues) => {
    if (original && record) {
      const changes = toPatch(original, values);
      if (Object.keys(changes).length === 0) {
        void message.info(t('requests.unchanged'));
        leave(original.id);
        return;
      }
      patch.mutate({ patch: changes, etag: record.etag }, { onSuccess: () => saved(original.id), onError });
    } else {
      create.mutate(toFields(values), { onSuccess: (created) => saved(created.deal.id), onError });
    }
  };

  const onValuesChange = (changed: Partial<DealValues>) => {
    // Another company: its solutions and requests are not this one's.
    if ('organisation_id' in changed) form.setFieldsValue({ solution_ids: [], request_ids: [] });
  };

  return (
    <Form<DealValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={initialValues}
      onFinish={save}
      onValuesChange={onValuesChange}
      disabled={mutation.isPending}
      className="deal-form"
      scrollToFirstError={{ block: 'center', focus: true }}
    >
      <Space direction="vertical" size={16} className="full-width">
        {gate && (
          <GateAlert
            testId="deal-form-gate"
            title={t('deals.gate.formTitle', { stage: nameOf(gate.to) })}
            issues={gate.issues}
          />
        )}
        <Card title={t('deals.sections.deal')}>
          <Row gutter={16}>
            {!original && (
              <Col xs={24} md={12}>
                <Form.Item
                  name="organisation_id"
                  label={t('deals.fields.organisation')}
                  rules={rules.organisation}
                  extra={t('deals.hints.organisation')}
                >
                  <OrganisationSelect known={knownCompany} kinds={COMPANY_KINDS} />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={12}>
              <Form.Item
                name="country"
                label={t('deals.fields.country')}
                rules={rules.country}
                extra={t('deals.hints.country')}
              >
                <Select
                  showSearch
                  optionFilterProp="label"
                  loading={countries.loading}
                  options={countries.options}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="category" label={t('deals.fields.category')} rules={rules.category}>
                <Select
                  options={DEAL_CATEGORIES.map((category) => ({
                    value: category,
                    label: t(`deals.categories.${category}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="title" label={t('deals.fields.title')} rules={rules.title}>
                <Input autoComplete="off" count={{ show: true, max: MAX_TITLE }} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="description" label={t('deals.fields.description')} rules={rules.description}>
                <Input.TextArea
                  autoSize={{ minRows: 3, maxRows: 12 }}
                  count={{ show: true, max: MAX_DESCRIPTION }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('deals.sections.terms')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="counterparty_id"
                label={t('deals.fields.counterparty')}
                extra={t('deals.hints.counterparty')}
              >
                <OrganisationSelect known={knownCounterparty} exclude={organisationId} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <AmountFields
                form={form}
                label={t('deals.fields.value')}
                extra={t('deals.hints.value')}
                placeholder="1 500 000"
                gutter={8}
              />
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="expected_close_date"
                label={t('deals.fields.expectedCloseDate')}
                extra={t('deals.hints.expectedCloseDate')}
              >
                <DatePicker className="full-width" format={datePickerFormats(language)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="owner_id"
                label={t('deals.fields.owner')}
                extra={
                  !country
                    ? t('deals.hints.ownerNoCountry')
                    : original
                      ? t('deals.hints.owner')
                      : t('deals.hints.ownerNew')
                }
              >
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  loading={assignees.isFetching}
                  disabled={!country}
                  placeholder={t('deals.noOwner')}
                  options={ownerOptions}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="contract_number"
                label={t('deals.fields.contractNumber')}
                rules={rules.contractNumber}
              >
                <Input autoComplete="off" count={{ show: true, max: MAX_CONTRACT_NUMBER }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="contract_date"
                label={t('deals.fields.contractDate')}
                extra={t('deals.hints.contract')}
              >
                <DatePicker className="full-width" format={datePickerFormats(language)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('deals.sections.links')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="solution_ids"
                label={t('deals.fields.solutions')}
                rules={rules.solutions}
                extra={organisationId ? t('deals.hints.solutions') : t('deals.hints.companyFirst')}
              >
                <Select
                  mode="multiple"
                  allowClear
                  optionFilterProp="label"
                  disabled={!organisationId}
                  loading={solutions.isFetching}
                  options={solutionOptions}
                  notFoundContent={solutions.isFetching ? undefined : t('deals.hints.noSolutions')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="request_ids"
                label={t('deals.fields.requests')}
                rules={rules.requests}
                extra={organisationId ? t('deals.hints.requests') : t('deals.hints.companyFirst')}
              >
                <Select
                  mode="multiple"
                  allowClear
                  optionFilterProp="label"
                  disabled={!organisationId}
                  loading={requests.isFetching}
                  options={requestOptions}
                  notFoundContent={requests.isFetching ? undefined : t('deals.hints.noRequests')}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        {saveProblem.problem}
        <Space className="form-actions">
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>
            {original ? t('common.save') : t('deals.createOk')}
          </Button>
          <Button onClick={() => navigate(back ?? (original ? `/deals/${original.id}` : '/deals'))}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Space>
    </Form>
  );
}
