import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ExchangeEditPage } from '../admin-exchanges/ExchangeEditPage.tsx';
import { ExchangesAdminPage } from '../admin-exchanges/ExchangesAdminPage.tsx';
import { StaffAdminPage } from '../admin-staff/StaffAdminPage.tsx';
import { MyQuestionsPage } from '../answering/MyQuestionsPage.tsx';
import { QuestionPage } from '../answering/QuestionPage.tsx';
import { AuditPage } from '../audit/AuditPage.tsx';
import { LoginPage } from '../auth/LoginPage.tsx';
import { PasswordPage } from '../auth/PasswordPage.tsx';
import { RequireCapability } from '../auth/RequireCapability.tsx';
import { RequireStaff } from '../auth/RequireStaff.tsx';
import { ReviewListPage } from '../review/ReviewListPage.tsx';
import { ManualQuestionPage } from '../triage/ManualQuestionPage.tsx';
import { TriagePage } from '../triage/TriagePage.tsx';
import { ExchangePickerPage } from './ExchangePickerPage.tsx';
import { ExchangeHome, ExchangeScope } from './ExchangeScope.tsx';
import { StaffLanding } from './StaffLanding.tsx';
import { StaffLayout } from './StaffLayout.tsx';

/**
 * The staff area, under /staff. Loaded on its own (see AppRoutes): the public, on the busiest
 * day, never downloads the editor and the desk.
 */
export default function StaffRoutes() {
  return (
    <Routes>
      <Route path="login" element={<LoginPage />} />
      <Route element={<RequireStaff />}>
        <Route element={<StaffLayout />}>
          <Route index element={<StaffLanding />} />
          <Route path="exchanges" element={<ExchangePickerPage />} />
          <Route path="exchanges/:exchangeId" element={<ExchangeScope />}>
            <Route index element={<ExchangeHome />} />
            <Route
              path="triage"
              element={
                <RequireCapability capability="viewQueue">
                  <TriagePage />
                </RequireCapability>
              }
            />
            <Route
              path="triage/new"
              element={
                <RequireCapability capability="moderate">
                  <ManualQuestionPage />
                </RequireCapability>
              }
            />
            <Route
              path="mine"
              element={
                <RequireCapability capability="answer">
                  <MyQuestionsPage />
                </RequireCapability>
              }
            />
            <Route
              path="review"
              element={
                <RequireCapability capability="review">
                  <ReviewListPage />
                </RequireCapability>
              }
            />
          </Route>
          <Route
            path="my"
            element={
              <RequireCapability capability="answer">
                <MyQuestionsPage />
              </RequireCapability>
            }
          />
          <Route path="questions/:id" element={<QuestionPage />} />
          <Route
            path="admin/exchanges"
            element={
              <RequireCapability capability="administer">
                <ExchangesAdminPage />
              </RequireCapability>
            }
          />
          <Route
            path="admin/exchanges/new"
            element={
              <RequireCapability capability="administer">
                <ExchangeEditPage />
              </RequireCapability>
            }
          />
          <Route
            path="admin/exchanges/:id"
            element={
              <RequireCapability capability="administer">
                <ExchangeEditPage />
              </RequireCapability>
            }
          />
          <Route
            path="admin/staff"
            element={
              <RequireCapability capability="administer">
                <StaffAdminPage />
              </RequireCapability>
            }
          />
          <Route
            path="admin/audit"
            element={
              <RequireCapability capability="administer">
                <AuditPage />
              </RequireCapability>
            }
          />
          <Route path="password" element={<PasswordPage />} />
          <Route path="*" element={<StaffNotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}

function StaffNotFound() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('notFound.title')}>
      {t('notFound.explanation')}
    </Alert>
  );
}
