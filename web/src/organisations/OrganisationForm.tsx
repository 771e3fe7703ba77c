import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, TreeSelect, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { ProblemAlert } from '../app/ProblemAlert';
import { useAuth } from '../auth/AuthProvider';
import { currentLanguage } from '../i18n/i18n';
import { useCreateOrganisation, usePatchOrganisation, type OrganisationRecord } from './api';
import { DuplicateConfirm, DuplicateWarning } from './Candidates';
import { duplicateProbe, useDuplicateCheck } from './duplicateCheck';
import { MAX_DESCRIPTION, organisationRules } from './formRules';
import {
  fieldProblems,
  toFields,
  toPatch,
  toValues,
  visibleFields,
  type FormField,
  type OrganisationValues,
} from './formValues';
import { HubFields } from './HubFields';
import { RegistrationCard } from './RegistrationCard';
import { MarketsField } from './MarketsField';
import { OrganisationSelect } from './OrganisationSelect';
import { sectorMatches, sectorTree, useTaxonomy } from './taxonomy';
import type {
  DuplicateCandidate,
  OrganisationKind,
  OrganisationRef,
  PossibleDuplicateProblem,
} from './types';
import { useCountryNames } from './useCountryNames';
import { HOME_COUNTRY, KINDS, SIZE_BANDS } from './vocabulary';

/** Fields only the service's staff change on a company's own profile (the server refuses them). */
const STAFF_ONLY: readonly FormField[] = [
  'kind',
  'country',
  'inn',
  'ogrn',
  'accredited',
  'accreditation_number',
  'accreditation_date',
  'parent_id',
];

interface Props {
  /** The organisation to change; a new one is created when absent. */
  record?: OrganisationRecord;
  /** Reloads the organisation after someone else changed it. */
  onReload?: () => Promise<unknown>;
}

function isPossibleDuplicate(error: unknown): error is ProblemError {
  return error instanceof ProblemError && error.problem.type === '/problems/possible-duplicate';
}

/** The create/edit form of an organisation, as a page of its own. */
export function OrganisationForm({ record, onReload }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message } = App.useApp();
  const { me, can } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<OrganisationValues>();
  const original = record?.organisation;
  const create = useCreateOrganisation();
  const patch = usePatchOrganisation(original?.id ?? 0);
  const mutation = original ? patch : create;
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);
  const [stale, setStale] = useState(false);
  const countries = useCountryNames();
  const taxonomy = useTaxonomy();
  const tree = useMemo(() => sectorTree(taxonomy.data, language), [taxonomy.data, language]);
  const rules = useMemo(() => organisationRules(t, dayjs()), [t]);
  const initialValues = useMemo(() => toValues(original), [original]);

  const kind = Form.useWatch('kind', form) ?? initialValues.kind;
  const country = Form.useWatch('country', form) ?? initialValues.country;
  const accredited = Form.useWatch('accredited', form) ?? initialValues.accredited;
  const nameRu = Form.useWatch('name_ru', form);
  const nameEn = Form.useWatch('name_en', form);
  const inn = Form.useWatch('inn', form);
  const shown = visibleFields(kind, country);
  const visible = (field: FormField) => shown.includes(field);
  const staffOnly = !!original && me?.scopes['organisation.update'] === 'own_company';
  const locked = (field: FormField) => staffOnly && STAFF_ONLY.includes(field);

  const duplicates = useDuplicateCheck(
    duplicateProbe(
      { name_ru: nameRu, name_en: nameEn, inn: country === HOME_COUNTRY ? inn : '' },
      original?.id,
    ),
    can('organisation.create') && !candidates,
  );

  const known: OrganisationRef[] = useMemo(() => {
    const links = original?.links;
    if (!links) return [];
    return [links.parent, links.hub_operator, ...links.residents].filter(
      (ref): ref is OrganisationRef => !!ref,
    );
  }, [original]);

  const onError = (error: Error) => {
    if (isPossibleDuplicate(error)) {
      setCandidates((error.problem as PossibleDuplicateProblem).candidates ?? []);
      return;
    }
    // Whatever else went wrong, the name question is settled or moot now.
    setCandidates(null);
    if (!(error instanceof ProblemError)) return;
    if (original && error.status === 409 && !error.problem.errors?.length) {
      setStale(true);
      return;
    }
    const { fields } = fieldProblems(error.problem, shown);
    if (fields.length > 0) {
      // Paths into Form.List rows are checked at run time, not by antd's path types.
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      const [first] = fields;
      if (first) form.scrollToField(first.name, { block: 'center', focus: true });
    }
  };

  const saved = (id: number) => {
    void message.success(t(original ? 'organisations.saved' : 'organisations.created'));
    navigate(`/organisations/${id}`);
  };

  const save = (values: OrganisationValues, allowDuplicate: boolean) => {
    if (!allowDuplicate) setCandidates(null);
    if (original && record) {
      const changes = toPatch(original, values);
      if (Object.keys(changes).length === 0) {
        void message.info(t('organisations.unchanged'));
        navigate(`/organisations/${original.id}`);
        return;
      }
      patch.mutate({ patch: changes, etag: record.etag }, { onSuccess: () => saved(original.id), onError });
    } else {
      create.mutate(
        { fields: toFields(values), allowDuplicate },
        { onSuccess: (created) => saved(created.organisation.id), onError },
      );
    }
  };

  const reload = async () => {
    await onReload?.();
    setStale(false);
    mutation.reset();
  };

  const handled = isPossibleDuplicate(mutation.error) || stale;
  const cancelTo = original ? `/organisations/${original.id}` : '/organisations';

  return (
    <Form<OrganisationValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={initialValues}
      onFinish={(values) => save(values, false)}
      onFinishFailed={({ errorFields }) => {
        const [first] = errorFields;
        if (first) form.scrollToField(first.name, { block: 'center', focus: true });
      }}
      disabled={mutation.isPending}
      className="organisation-form"
      scrollToFirstError={false}
    >
      <Space direction="vertical" size={16} className="full-width">
        {staffOnly && <Alert type="info" showIcon message={t('organisations.hints.staffOnly')} />}
        <Card title={t('organisations.sections.main')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="kind" label={t('organisations.fields.kind')} rules={rules.kind}>
                <Select<OrganisationKind>
                  disabled={locked('kind')}
                  options={KINDS.map((value) => ({ value, label: t(`organisations.kinds.${value}`) }))}
                  onChange={(next) => {
                    if (next === 'domestic_company') form.setFieldValue('country', HOME_COUNTRY);
                    void form.validateFields(['country']).catch(() => undefined);
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="country"
                label={t('organisations.fields.country')}
                rules={rules.country}
                dependencies={['kind']}
              >
                <Select<string>
                  showSearch
                  optionFilterProp="label"
                  disabled={locked('country')}
                  loading={countries.loading}
                  options={countries.options}
                  placeholder={t('organisations.markets.countryPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="name_ru"
                label={t('organisations.fields.nameRu')}
                rules={rules.name}
                dependencies={['name_en']}
              >
                <Input autoFocus={!original} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="name_en"
                label={t('organisations.fields.nameEn')}
                rules={rules.name}
                dependencies={['name_ru']}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            {duplicates.length > 0 && (
              <Col span={24}>
                <DuplicateWarning candidates={duplicates} />
              </Col>
            )}
            <Col xs={24} md={8}>
              <Form.Item
                name="website"
                label={t('organisations.fields.website')}
                rules={rules.website}
                extra={t('organisations.hints.website')}
              >
                <Input placeholder="https://example.ru" autoComplete="off" spellCheck={false} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={8}>
              <Form.Item name="size_band" label={t('organisations.fields.sizeBand')}>
                <Select
                  allowClear
                  options={SIZE_BANDS.map((value) => ({
                    value,
                    label: t(`organisations.sizeBands.${value}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={8}>
              <Form.Item
                name="hq_region"
                label={t('organisations.fields.hqRegion')}
                rules={rules.hqRegion}
                normalize={(value?: string) => value?.toUpperCase()}
                extra={t('organisations.hints.hqRegion')}
              >
                <Input placeholder="RU-MOW" autoComplete="off" spellCheck={false} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        {(visible('inn') || visible('accredited')) && (
          <RegistrationCard rules={rules} visible={visible} locked={locked} accredited={!!accredited} />
        )}

        <Card title={t('organisations.sections.description')}>
          <Row gutter={16}>
            {(['description_ru', 'description_en'] as const).map((field) => (
              <Col xs={24} md={12} key={field}>
                <Form.Item
                  name={field}
                  label={t(
                    field === 'description_ru'
                      ? 'organisations.fields.descriptionRu'
                      : 'organisations.fields.descriptionEn',
                  )}
                  rules={rules.description}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 4, maxRows: 12 }}
                    count={{ show: true, max: MAX_DESCRIPTION }}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>

        <Card title={t('organisations.sections.activity')}>
          <Form.Item
            name="sectors"
            label={t('organisations.fields.sectors')}
            rules={rules.sectors}
            extra={t('organisations.hints.sectors')}
          >
            <TreeSelect
              multiple
              showSearch
              allowClear
              treeData={tree}
              filterTreeNode={sectorMatches}
              loading={taxonomy.isPending}
              placeholder={t('organisations.hints.sectorsPlaceholder')}
              listHeight={400}
              notFoundContent={taxonomy.isError ? t('organisations.taxonomyUnavailable') : undefined}
            />
          </Form.Item>
          <Typography.Text strong className="field-list-label">
            {t('organisations.markets.title')}
          </Typography.Text>
          <MarketsField
            rules={rules}
            countryOptions={countries.options}
            countriesLoading={countries.loading}
          />
        </Card>

        <Card title={t('organisations.sections.group')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="parent_id"
                label={t('organisations.fields.parent')}
                extra={t('organisations.hints.parent')}
              >
                <OrganisationSelect known={known} exclude={original?.id} disabled={locked('parent_id')} />
              </Form.Item>
            </Col>
          </Row>
          {kind === 'it_hub' && <HubFields rules={rules} self={original?.id} known={known} />}
        </Card>

        {stale && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            message={t('organisations.stale.title')}
            description={t('organisations.stale.detail')}
            action={<Button onClick={() => void reload()}>{t('organisations.stale.reload')}</Button>}
          />
        )}
        {candidates && (
          <DuplicateConfirm
            candidates={candidates}
            pending={create.isPending}
            onCancel={() => {
              setCandidates(null);
              create.reset();
            }}
            onCreateAnyway={() => save(form.getFieldsValue(true) as OrganisationValues, true)}
          />
        )}
        {mutation.isError && !handled && <ProblemAlert error={mutation.error} formFields={shown} />}
        <Space className="form-actions">
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>
            {original ? t('common.save') : t('organisations.createOk')}
          </Button>
          <Button onClick={() => navigate(cancelTo)}>{t('common.cancel')}</Button>
        </Space>
      </Space>
    </Form>
  );
}
