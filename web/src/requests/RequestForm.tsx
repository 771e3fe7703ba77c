import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, TreeSelect } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { useAuth } from '../auth/AuthProvider';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { useCountryNames } from '../organisations/useCountryNames';
import {
  useCreateRequest,
  usePatchRequest,
  useRequestAssignees,
  useRequestTypes,
  type RequestRecord,
} from './api';
import { MAX_DESCRIPTION, MAX_SUBJECT, requestRules } from './formRules';
import { FORM_FIELDS, toFields, toPatch, toValues, type RequestValues } from './formValues';
import { isStaff } from './scope';
import { typeMatches, typeTree } from './typeTree';

interface Props {
  /** The request to change; a new one is filed when absent. */
  record?: RequestRecord;
  /** Reloads the request after someone else changed it. */
  onReload?: () => Promise<unknown>;
}

/** Files a request, or changes one, as a page of its own. */
export function RequestForm({ record, onReload }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me } = useAuth();
  const staff = isStaff(me);
  const [form] = Form.useForm<RequestValues>();
  const original = record?.request;
  const create = useCreateRequest();
  const patch = usePatchRequest(original?.id ?? 0);
  const mutation = original ? patch : create;
  const [stale, setStale] = useState(false);
  const countries = useCountryNames();
  const types = useRequestTypes();
  const tree = useMemo(
    () => typeTree(types.data, language, original?.type),
    [types.data, language, original],
  );
  const rules = useMemo(() => requestRules(t), [t]);
  // An attaché files mostly for its own country.
  const initialValues = useMemo(() => toValues(original, me?.user.countries[0]), [original, me]);
  const known = useMemo(() => (original ? [original.organisation] : []), [original]);

  const country = Form.useWatch('country', form) ?? initialValues.country;
  const assignees = useRequestAssignees(country, { enabled: staff });
  // The country the assignee was last chosen for: a new country brings its suggested attaché.
  const assignedFor = useRef(original?.country);
  useEffect(() => {
    if (!staff || !assignees.data || !country || assignedFor.current === country) return;
    assignedFor.current = country;
    form.setFieldValue('assignee_id', assignees.data.suggested);
  }, [staff, assignees.data, country, form]);
  const assigneeOptions = useMemo(() => {
    const options = (assignees.data?.items ?? []).map((person) => ({
      value: person.id,
      label:
        t('requests.assigneeOption', {
          name: person.display_name,
          role: t(`roles.${person.role}`),
          count: person.open_requests,
        }) + (person.id === assignees.data?.suggested ? ` · ${t('requests.suggested')}` : ''),
    }));
    // The assignee as saved, though no longer among the country's candidates.
    const current = original?.assignee;
    if (current && !options.some((option) => option.value === current.id)) {
      options.push({ value: current.id, label: current.display_name });
    }
    return options;
  }, [assignees.data, original, t]);

  // The fields this reader sees: what a server error may be shown on.
  const fields = FORM_FIELDS.filter(
    (field) => (field !== 'organisation_id' || (staff && !original)) && (field !== 'assignee_id' || staff),
  );

  const onError = (error: Error) => {
    if (original && error instanceof ProblemError && error.status === 409 && !error.problem.errors?.length) {
      setStale(true);
      return;
    }
    showFieldProblems(form, error, fields);
  };

  const saved = (id: number) => {
    void message.success(t(original ? 'requests.saved' : 'requests.created'));
    navigate(`/requests/${id}`);
  };

  const save = (values: RequestValues) => {
    if (original && record) {
      const changes = toPatch(original, values, { staff });
      if (Object.keys(changes).length === 0) {
        void message.info(t('requests.unchanged'));
        navigate(`/requests/${original.id}`);
        return;
      }
      patch.mutate({ patch: changes, etag: record.etag }, { onSuccess: () => saved(original.id), onError });
    } else {
      create.mutate(toFields(values, { staff }), {
        onSuccess: (created) => saved(created.request.id),
        onError,
      });
    }
  };

  const reload = async () => {
    await onReload?.();
    setStale(false);
    mutation.reset();
  };

  const assigneeHint = !country
    ? t('requests.hints.assigneeNone')
    : assignees.data && assignees.data.suggested === null
      ? t('requests.hints.assigneeEmpty')
      : t('requests.hints.assignee');

  return (
    <Form<RequestValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={initialValues}
      onFinish={save}
      disabled={mutation.isPending}
      className="request-form"
      scrollToFirstError={{ block: 'center', focus: true }}
    >
      <Space direction="vertical" size={16} className="full-width">
        <Card>
          <Row gutter={16}>
            {staff && !original && (
              <Col xs={24} md={12}>
                <Form.Item
                  name="organisation_id"
                  label={t('requests.fields.organisation')}
                  rules={rules.organisation}
                  extra={t('requests.hints.organisation')}
                >
                  <OrganisationSelect known={known} />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={12}>
              <Form.Item
                name="country"
                label={t('requests.fields.country')}
                rules={rules.country}
                extra={t('requests.hints.country')}
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
              <Form.Item
                name="type"
                label={t('requests.fields.type')}
                rules={rules.type}
                extra={t('requests.hints.type')}
              >
                <TreeSelect
                  showSearch
                  treeDefaultExpandAll
                  treeData={tree}
                  filterTreeNode={typeMatches}
                  loading={types.isPending}
                  listHeight={400}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="desired_date"
                label={t('requests.fields.desiredDate')}
                extra={t('requests.hints.desiredDate')}
              >
                <DatePicker
                  className="full-width"
                  format={datePickerFormats(language)}
                  disabledDate={(day) => day.isBefore(dayjs(), 'day')}
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="subject" label={t('requests.fields.subject')} rules={rules.subject}>
                <Input autoComplete="off" count={{ show: true, max: MAX_SUBJECT }} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                name="description"
                label={t('requests.fields.description')}
                rules={rules.description}
              >
                <Input.TextArea
                  autoSize={{ minRows: 4, maxRows: 14 }}
                  count={{ show: true, max: MAX_DESCRIPTION }}
                />
              </Form.Item>
            </Col>
            {staff && (
              <Col xs={24} md={12}>
                <Form.Item name="assignee_id" label={t('requests.fields.assignee')} extra={assigneeHint}>
                  <Select
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    loading={assignees.isFetching}
                    disabled={!country}
                    placeholder={t('requests.unassigned')}
                    options={assigneeOptions}
                  />
                </Form.Item>
              </Col>
            )}
          </Row>
        </Card>

        {stale && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            message={t('requests.stale.title')}
            description={t('requests.stale.detail')}
            action={<Button onClick={() => void reload()}>{t('requests.stale.reload')}</Button>}
          />
        )}
        {mutation.isError && !stale && <ProblemAlert error={mutation.error} formFields={fields} />}
        <Space className="form-actions">
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>
            {original ? t('common.save') : t('requests.createOk')}
          </Button>
          <Button onClick={() => navigate(original ? `/requests/${original.id}` : '/requests')}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Space>
    </Form>
  );
}
