/** Every link inside the app is built here, so a route can change in one place. */
export const paths = {
  home: '/',
  exchange: (id: string) => `/exchanges/${encodeURIComponent(id)}`,
  track: (code?: string) => (code ? `/track?code=${encodeURIComponent(code)}` : '/track'),
};
