import { Route, Routes } from 'react-router';
import { ExchangePage } from '../features/exchanges/ExchangePage.tsx';
import { HomePage } from '../features/exchanges/HomePage.tsx';
import { AppLayout } from '../features/layout/AppLayout.tsx';
import { NotFoundPage } from '../features/layout/NotFoundPage.tsx';
import { TrackPage } from '../features/track/TrackPage.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="exchanges/:id" element={<ExchangePage />} />
        <Route path="track" element={<TrackPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
