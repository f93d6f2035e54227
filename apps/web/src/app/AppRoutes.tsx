import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ExchangePage } from '../features/exchanges/ExchangePage.tsx';
import { HomePage } from '../features/exchanges/HomePage.tsx';
import { AppLayout } from '../features/layout/AppLayout.tsx';
import { NotFoundPage } from '../features/layout/NotFoundPage.tsx';
import { TrackPage } from '../features/track/TrackPage.tsx';
import { PageLoader } from '../shared/ui/PageLoader.tsx';

// A chunk of its own: the public pages, watched by many on a live day, stay small.
const StaffRoutes = lazy(() => import('../features/staff-shell/StaffRoutes.tsx'));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="staff/*"
        element={
          <Suspense fallback={<PageLoader />}>
            <StaffRoutes />
          </Suspense>
        }
      />
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="exchanges/:id" element={<ExchangePage />} />
        <Route path="track" element={<TrackPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
