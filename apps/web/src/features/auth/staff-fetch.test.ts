import { meSchema } from '@giaoluu/contracts';
import { describe, expect, it } from 'vitest';
import { noContent } from '../../shared/api/api-fetch.ts';
import { json, mockApi, problem } from '../../test/fetch-mock.ts';
import { createTestQueryClient } from '../../test/render.tsx';
import { CSRF_TOKEN, me } from '../../test/staff-fixtures.ts';
import { meQuery } from './me-query.ts';
import { createStaffFetch } from './staff-fetch.ts';

describe('staff fetch', () => {
  it('sends the token of the signed-in member on changes, and none on reads', async () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(meQuery().queryKey, me(['expert']));
    const { requests } = mockApi({
      'GET /api/auth/me': () => json(200, me(['expert'])),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    });
    const staffFetch = createStaffFetch(queryClient);

    await staffFetch('/auth/me', meSchema);
    await staffFetch('/auth/logout', noContent, { method: 'POST' });

    expect(requests[0]?.headers.get('X-CSRF-Token')).toBeNull();
    expect(requests[1]?.headers.get('X-CSRF-Token')).toBe(CSRF_TOKEN);
  });

  it('renews a refused token once and sends the request again', async () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(meQuery().queryKey, me(['expert'], { csrfToken: 'stale' }));
    let attempts = 0;
    const { requests } = mockApi({
      'GET /api/auth/me': () => json(200, me(['expert'], { csrfToken: 'fresh' })),
      'POST /api/auth/logout': () => {
        attempts += 1;
        return attempts === 1
          ? problem(403, 'csrf_invalid', 'Phiên làm việc không hợp lệ.')
          : new Response(null, { status: 204 });
      },
    });

    await createStaffFetch(queryClient)('/auth/logout', noContent, { method: 'POST' });

    const posts = requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.headers.get('X-CSRF-Token'))).toEqual(['stale', 'fresh']);
  });

  it('marks the session as gone when the server says nobody is signed in', async () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(meQuery().queryKey, me(['expert']));
    mockApi({
      'GET /api/desk/my-questions': () => problem(401, 'not_signed_in', 'Vui lòng đăng nhập.'),
    });

    const error = await createStaffFetch(queryClient)('/desk/my-questions', meSchema).catch(
      (e: unknown) => e,
    );

    expect((error as Error).message).toBe('Vui lòng đăng nhập.');
    expect(queryClient.getQueryData(meQuery().queryKey)).toBeNull();
  });
});
