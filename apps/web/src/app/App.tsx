import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes.tsx';
import { Providers } from './Providers.tsx';
import { createQueryClient } from './query-client.ts';

export function App() {
  const [queryClient] = useState(createQueryClient);

  return (
    <Providers queryClient={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  );
}
