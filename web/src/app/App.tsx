import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import ruRU from 'antd/locale/ru_RU';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { ActivitiesPage } from '../activities/ActivitiesPage';
import { ActivityPage } from '../activities/ActivityPage';
import { TasksPage } from '../activities/TasksPage';
import { ProblemError } from '../api/problem';
import { AuditPage } from '../audit/AuditPage';
import { TaxonomyPage } from '../taxonomy/TaxonomyPage';
import { FxPage } from '../fx/FxPage';
import { RequestTypesPage } from '../requests/RequestTypesPage';
import { AuthProvider } from '../auth/AuthProvider';
import { LoginPage } from '../auth/LoginPage';
import { ProfilePage } from '../auth/ProfilePage';
import { RequireAuth, RequirePermission } from '../auth/RequireAuth';
import { CountriesPage } from '../countries/CountriesPage';
import { CountryPage } from '../countries/CountryPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { EditDealPage, NewDealPage } from '../deals/DealFormPage';
import { DealPage } from '../deals/DealPage';
import { DealsPage } from '../deals/DealsPage';
import { DealsReportPage } from '../deals/DealsReportPage';
import { DealStagesPage } from '../deals/DealStagesPage';
import { DeskPage } from '../desk/DeskPage';
import { EditOrganisationPage, NewOrganisationPage } from '../organisations/OrganisationFormPage';
import { OrganisationPage } from '../organisations/OrganisationPage';
import { OrganisationsPage } from '../organisations/OrganisationsPage';
import { EditRelocationPage, NewRelocationPage } from '../relocations/RelocationFormPage';
import { RelocationPage } from '../relocations/RelocationPage';
import { RelocationsPage } from '../relocations/RelocationsPage';
import { EditRequestPage, NewRequestPage } from '../requests/RequestFormPage';
import { RequestPage } from '../requests/RequestPage';
import { RequestsPage } from '../requests/RequestsPage';
import { ReportPage } from '../requests/ReportPage';
import { ShowcaseLayout } from '../showcase/ShowcaseLayout';
import { ShowcasePage } from '../showcase/ShowcasePage';
import { ShowcaseSolutionPage } from '../showcase/ShowcaseSolutionPage';
import { EditSolutionPage, NewSolutionPage } from '../solutions/SolutionFormPage';
import { SolutionPage } from '../solutions/SolutionPage';
import { SolutionsPage } from '../solutions/SolutionsPage';
import { TokensPage } from '../tokens/TokensPage';
import { ImportPage } from '../transfer/ImportPage';
import { UsersPage } from '../users/UsersPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not change on retry; a dropped connection or a 5xx might.
      retry: (failures, error) => !(error instanceof ProblemError && error.status < 500) && failures < 2,
    },
  },
});

const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    // The showcase is public: outside the gate, for visitors without an account.
    {
      element: <ShowcaseLayout />,
      children: [
        { path: '/showcase', element: <ShowcasePage /> },
        { path: '/showcase/solutions/:id', element: <ShowcaseSolutionPage /> },
      ],
    },
    {
      element: <RequireAuth />,
      children: [
        {
          element: <AppShell />,
          children: [
            { path: '/', element: <DashboardPage /> },
            { path: '/countries', element: <CountriesPage /> },
            { path: '/countries/:iso2', element: <CountryPage /> },
            {
              path: '/organisations',
              element: (
                <RequirePermission permission="organisation.read">
                  <OrganisationsPage />
                </RequirePermission>
              ),
            },
            {
              path: '/organisations/new',
              element: (
                <RequirePermission permission="organisation.create">
                  <NewOrganisationPage />
                </RequirePermission>
              ),
            },
            {
              path: '/organisations/:id',
              element: (
                <RequirePermission permission="organisation.read">
                  <OrganisationPage />
                </RequirePermission>
              ),
            },
            {
              path: '/organisations/:id/edit',
              element: (
                <RequirePermission permission="organisation.update">
                  <EditOrganisationPage />
                </RequirePermission>
              ),
            },
            {
              path: '/solutions',
              element: (
                <RequirePermission permission="solution.read">
                  <SolutionsPage />
                </RequirePermission>
              ),
            },
            {
              path: '/solutions/new',
              element: (
                <RequirePermission permission="solution.create">
                  <NewSolutionPage />
                </RequirePermission>
              ),
            },
            {
              path: '/solutions/:id',
              element: (
                <RequirePermission permission="solution.read">
                  <SolutionPage />
                </RequirePermission>
              ),
            },
            {
              path: '/solutions/:id/edit',
              element: (
                <RequirePermission permission="solution.update">
                  <EditSolutionPage />
                </RequirePermission>
              ),
            },
            {
              path: '/requests',
              element: (
                <RequirePermission permission="request.read">
                  <RequestsPage />
                </RequirePermission>
              ),
            },
            {
              path: '/requests/new',
              element: (
                <RequirePermission permission="request.create">
                  <NewRequestPage />
                </RequirePermission>
              ),
            },
            {
              path: '/requests/report',
              element: (
                <RequirePermission permission="request.read">
                  <ReportPage />
                </RequirePermission>
              ),
            },
            {
              path: '/requests/:id',
              element: (
                <RequirePermission permission="request.read">
                  <RequestPage />
                </RequirePermission>
              ),
            },
            {
              path: '/requests/:id/edit',
              element: (
                <RequirePermission permission="request.update">
                  <EditRequestPage />
                </RequirePermission>
              ),
            },
            {
              path: '/deals',
              element: (
                <RequirePermission permission="deal.read">
                  <DealsPage />
                </RequirePermission>
              ),
            },
            {
              path: '/deals/new',
              element: (
                <RequirePermission permission="deal.create">
                  <NewDealPage />
                </RequirePermission>
              ),
            },
            {
              path: '/deals/report',
              element: (
                <RequirePermission permission="deal.read">
                  <DealsReportPage />
                </RequirePermission>
              ),
            },
            {
              path: '/deals/:id',
              element: (
                <RequirePermission permission="deal.read">
                  <DealPage />
                </RequirePermission>
              ),
            },
            {
              path: '/deals/:id/edit',
              element: (
                <RequirePermission permission="deal.update">
                  <EditDealPage />
                </RequirePermission>
              ),
            },
            {
              path: '/relocations',
              element: (
                <RequirePermission permission="relocation.read">
                  <RelocationsPage />
                </RequirePermission>
              ),
            },
            {
              path: '/relocations/new',
              element: (
                <RequirePermission permission="relocation.create">
                  <NewRelocationPage />
                </RequirePermission>
              ),
            },
            {
              path: '/relocations/:id',
              element: (
                <RequirePermission permission="relocation.read">
                  <RelocationPage />
                </RequirePermission>
              ),
            },
            {
              path: '/relocations/:id/edit',
              element: (
                <RequirePermission permission="relocation.update">
                  <EditRelocationPage />
                </RequirePermission>
              ),
            },
            {
              path: '/activities',
              element: (
                <RequirePermission permission="activity.read">
                  <ActivitiesPage />
                </RequirePermission>
              ),
            },
            {
              path: '/activities/:id',
              element: (
                <RequirePermission permission="activity.read">
                  <ActivityPage />
                </RequirePermission>
              ),
            },
            {
              path: '/tasks',
              element: (
                <RequirePermission permission="activity.read">
                  <TasksPage />
                </RequirePermission>
              ),
            },
            {
              // Each section asks for its own permission in the country; the desk is staff's.
              path: '/desk/:iso2',
              element: (
                <RequirePermission permission="activity.read">
                  <DeskPage />
                </RequirePermission>
              ),
            },
            {
              path: '/import',
              element: (
                <RequirePermission permission="import.create">
                  <ImportPage />
                </RequirePermission>
              ),
            },
            { path: '/profile', element: <ProfilePage /> },
            {
              path: '/tokens',
              element: (
                <RequirePermission permission="token.read">
                  <TokensPage />
                </RequirePermission>
              ),
            },
            {
              path: '/admin/users',
              element: (
                <RequirePermission permission="user.read">
                  <UsersPage />
                </RequirePermission>
              ),
            },
            {
              path: '/admin/audit',
              element: (
                <RequirePermission permission="audit.read">
                  <AuditPage />
                </RequirePermission>
              ),
            },
            {
              path: '/admin/taxonomy',
              element: (
                <RequirePermission permission="taxonomy.update">
                  <TaxonomyPage />
                </RequirePermission>
              ),
            },
            {
              path: '/admin/request-types',
              element: (
                <RequirePermission permission="request_type.update">
                  <RequestTypesPage />
                </RequirePermission>
              ),
            },
            {
              path: '/admin/deal-stages',
              element: (
                <RequirePermission permission="deal_stage.update">
                  <DealStagesPage />
                </RequirePermission>
              ),
            },
            {
              path: '/admin/fx',
              element: (
                <RequirePermission permission="fx.read">
                  <FxPage />
                </RequirePermission>
              ),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ],
  {
    // Opt in to React Router 7's behaviour now: no surprises on upgrade, no console warnings.
    future: {
      v7_fetcherPersist: true,
      v7_normalizeFormMethod: true,
      v7_partialHydration: true,
      v7_relativeSplatPath: true,
      v7_skipActionErrorRevalidation: true,
    },
  },
);

const theme = {
  token: {
    colorPrimary: '#1668dc',
    borderRadius: 6,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: '#001529', headerPadding: '0 24px', bodyBg: '#f3f5f8' },
    Card: { headerFontSize: 15 },
    Statistic: { contentFontSize: 28 },
  },
};

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'ru' ? ruRU : enUS} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <RouterProvider router={router} future={{ v7_startTransition: true }} />
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
