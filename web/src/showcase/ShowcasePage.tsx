import {
  Button,
  Card,
  Col,
  Empty,
  Pagination,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { SearchInput } from '../app/SearchInput';
import { usePageTitle } from '../app/usePageTitle';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { nextPage, previousPage, readTrail, type CursorTrail } from '../organisations/listQuery';
import { sectorLabels, sectorMatches, sectorTree, useTaxonomy } from '../organisations/taxonomy';
import { localDescription } from '../organisations/vocabulary';
import {
  hasFilters,
  NO_FILTERS,
  parseListQuery,
  toSearchParams,
  toShowcaseQuery,
  withFilters,
  type Filters,
  type ListQuery,
  type Sort,
} from '../solutions/listQuery';
import { ReadinessTag, SolutionKindTag } from '../solutions/tags';
import type { ShowcaseSolution, SolutionKind } from '../solutions/types';
import { SOLUTION_KINDS } from '../solutions/vocabulary';
import { useShowcaseList } from './api';
import { countryName, countryOptions } from './countries';
import { ShowcaseProblem } from './ShowcaseProblem';

// Cards in rows of four, three or two: a page fills whole rows at each width.
const PAGE_SIZE = 24;
// A card names this many countries of deployment; the rest are counted.
const COUNTRIES_SHOWN = 4;

/** The orders a buyer may choose, as the URL writes them. */
const ORDERS = {
  name: { field: 'name', descending: false },
  '-readiness': { field: 'readiness', descending: true },
  '-updated': { field: 'updated', descending: true },
} as const satisfies Record<string, Sort>;
type Order = keyof typeof ORDERS;

/** The choice a sort in the URL stands for; one the showcase does not offer reads as by name. */
function orderOf(sort: Sort): Order {
  const order = `${sort.descending ? '-' : ''}${sort.field}`;
  return order in ORDERS ? (order as Order) : 'name';
}

/** The countries a solution is deployed in, each once, in the order of its references. */
export function deploymentCountries(solution: Pick<ShowcaseSolution, 'references'>): string[] {
  return [...new Set(solution.references.map((reference) => reference.country))];
}

function SolutionCard({ solution, classLabel }: { solution: ShowcaseSolution; classLabel: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const name = localName(solution, language) || `#${solution.id}`;
  const description = localDescription(solution, language);
  const countries = deploymentCountries(solution);
  return (
    <Card className="showcase-card" data-testid="showcase-card">
      <Space direction="vertical" size={8} className="full-width">
        <Link to={`/showcase/solutions/${solution.id}`} className="showcase-card-title">
          {name}
        </Link>
        <Typography.Text className="showcase-company">
          {localName(solution.organisation, language)}
          {solution.organisation.accredited && (
            <Tag color="green" bordered={false} className="showcase-accredited">
              {t('showcase.accredited')}
            </Tag>
          )}
        </Typography.Text>
        <Space size={[0, 4]} wrap>
          <SolutionKindTag kind={solution.kind} />
          <ReadinessTag readiness={solution.export_readiness} />
        </Space>
        <Typography.Text type="secondary" className="showcase-class">
          {classLabel}
        </Typography.Text>
        {description.text && (
          <Typography.Paragraph
            className="showcase-card-description"
            lang={description.fallback}
            ellipsis={{ rows: 3 }}
            type="secondary"
          >
            {description.text}
          </Typography.Paragraph>
        )}
        {countries.length > 0 && (
          <Typography.Text className="showcase-deployed">
            {t('showcase.deployedIn')}{' '}
            {countries
              .slice(0, COUNTRIES_SHOWN)
              .map((code) => countryName(code, language))
              .join(', ')}
            {countries.length > COUNTRIES_SHOWN && ` +${countries.length - COUNTRIES_SHOWN}`}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}

/** /showcase: published solutions for foreign buyers, open to anyone. */
export function ShowcasePage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const query = useMemo(() => parseListQuery(params), [params]);
  const trail = readTrail(location.state);
  const list = useShowcaseList({ ...toShowcaseQuery(query, language), limit: PAGE_SIZE });
  const taxonomy = useTaxonomy();
  const tree = useMemo(() => sectorTree(taxonomy.data, language), [taxonomy.data, language]);
  const labels = useMemo(() => sectorLabels(taxonomy.data, language), [taxonomy.data, language]);
  const countries = useMemo(() => countryOptions(language), [language]);
  usePageTitle(t('showcase.title'));

  const show = useCallback(
    (next: ListQuery, nextTrail: CursorTrail = [], replace = false) =>
      setParams(toSearchParams(next), { state: { trail: nextTrail }, replace }),
    [setParams],
  );
  const change = useCallback(
    (changed: Partial<Filters & Pick<ListQuery, 'sort'>>, options?: { replace: boolean }) =>
      show(withFilters(query, changed), [], options?.replace),
    [query, show],
  );
  const onSearch = useCallback(
    (q: string, options: { replace: boolean }) => change({ q }, options),
    [change],
  );

  const onPage = (page: number) => {
    if (page > query.page && list.data?.next_cursor) {
      const next = nextPage(query, trail, list.data.next_cursor);
      show(next.query, next.trail);
    } else if (page < query.page) {
      const previous = previousPage(query, trail);
      show(previous.query, previous.trail);
    }
    window.scrollTo(0, 0);
  };

  const filtered = hasFilters(query);
  const items = list.data?.items ?? [];
  return (
    <>
      <div className="showcase-hero">
        <Typography.Title level={1}>{t('showcase.title')}</Typography.Title>
        <Typography.Paragraph className="showcase-lead">{t('showcase.lead')}</Typography.Paragraph>
      </div>
      <Space wrap size={[12, 12]} className="filters showcase-filters">
        <SearchInput
          className="filter-search showcase-search"
          label={t('showcase.filters.search')}
          placeholder={t('showcase.filters.searchPlaceholder')}
          value={query.q}
          onChange={onSearch}
        />
        <TreeSelect
          allowClear
          showSearch
          className="showcase-filter-class"
          aria-label={t('showcase.filters.class')}
          placeholder={t('showcase.filters.class')}
          loading={taxonomy.isPending}
          treeData={tree}
          filterTreeNode={sectorMatches}
          value={query.taxonomyClass}
          onChange={(value?: string) => change({ taxonomyClass: value || undefined })}
          popupMatchSelectWidth={false}
          listHeight={400}
        />
        <Select<string>
          allowClear
          showSearch
          optionFilterProp="label"
          className="showcase-filter-country"
          aria-label={t('showcase.filters.country')}
          placeholder={t('showcase.filters.country')}
          value={query.country}
          onChange={(country) => change({ country: country || undefined })}
          options={countries}
          popupMatchSelectWidth={false}
        />
        <Select<SolutionKind[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          className="showcase-filter-kind"
          aria-label={t('showcase.filters.kind')}
          placeholder={t('showcase.filters.kind')}
          value={query.kinds}
          onChange={(kinds) => change({ kinds })}
          options={SOLUTION_KINDS.map((kind) => ({ value: kind, label: t(`solutions.kinds.${kind}`) }))}
        />
        <Select<Order>
          className="showcase-order"
          aria-label={t('showcase.order.label')}
          value={orderOf(query.sort)}
          onChange={(order) => change({ sort: ORDERS[order] })}
          options={(Object.keys(ORDERS) as Order[]).map((order) => ({
            value: order,
            label: t(`showcase.order.${order}`),
          }))}
          popupMatchSelectWidth={false}
        />
        {filtered && (
          <Button type="link" onClick={() => change(NO_FILTERS)}>
            {t('countries.filters.reset')}
          </Button>
        )}
      </Space>
      {list.isError ? (
        <ShowcaseProblem error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <div className="showcase-loading">
          <Spin size="large" />
        </div>
      ) : items.length === 0 ? (
        <Empty
          className="showcase-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(filtered ? 'showcase.emptyFiltered' : 'showcase.empty')}
        >
          {filtered && <Button onClick={() => change(NO_FILTERS)}>{t('countries.filters.reset')}</Button>}
        </Empty>
      ) : (
        <Spin spinning={list.isFetching} delay={200}>
          <Typography.Text type="secondary" className="showcase-count">
            {t('showcase.count', { count: list.data?.total ?? 0 })}
          </Typography.Text>
          <Row gutter={[16, 16]} className="showcase-grid">
            {items.map((solution) => (
              <Col key={solution.id} xs={24} sm={12} lg={8} xxl={6}>
                <SolutionCard solution={solution} classLabel={labels.get(solution.main_class) ?? ''} />
              </Col>
            ))}
          </Row>
          <Pagination
            className="showcase-pagination"
            current={query.page}
            pageSize={PAGE_SIZE}
            total={list.data?.total ?? 0}
            simple={{ readOnly: true }}
            hideOnSinglePage
            onChange={onPage}
          />
        </Spin>
      )}
    </>
  );
}
