import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../test/fetch-mock.ts';
import { feedItem, tenant, trackResult } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const CODE = 'K7QM-4XPR-9HDT';

describe('tracking page', () => {
  it('looks up the code from the URL and shows the status in plain words', async () => {
    const { requests } = mockApi({
      'GET /api/tenant': () => json(200, tenant),
      [`GET /api/track/${CODE}`]: () => json(200, trackResult({ status: 'processing' })),
    });
    renderApp(`/track?code=${CODE}`);

    expect(await screen.findByText('Đang xử lý — cán bộ đang chuẩn bị câu trả lời')).toBeTruthy();
    expect(screen.getByText('Hỏi về thời hạn cấp sổ')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Mã tra cứu').value).toBe(CODE);
    expect(requests.map((r) => r.path)).toContain(`/api/track/${CODE}`);
    expect(document.title).toBe('Tra cứu câu hỏi — Sở Nông nghiệp và Môi trường Hà Nội');
  });

  it.each([
    ['received', 'Đã tiếp nhận — câu hỏi đang chờ xử lý'],
    ['declined', 'Câu hỏi không được trả lời trong buổi giao lưu này'],
  ] as const)('words the status %s', async (status, words) => {
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      [`GET /api/track/${CODE}`]: () => json(200, trackResult({ status })),
    });
    renderApp(`/track?code=${CODE}`);

    expect(await screen.findByText(words)).toBeTruthy();
  });

  it('shows a merged, answered question with the shared answer as HTML', async () => {
    const answer = feedItem().answer;
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      [`GET /api/track/${CODE}`]: () =>
        json(200, trackResult({ status: 'answered', mergedInto: true, answer })),
    });
    renderApp(`/track?code=${CODE}`);

    expect(await screen.findByText('Đã trả lời')).toBeTruthy();
    expect(
      screen.getByText(
        'Câu hỏi của bạn trùng với một câu hỏi khác; câu trả lời dưới đây dùng chung.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('bộ phận một cửa').tagName).toBe('STRONG');
    expect(screen.getByText('Trả lời: Trần Thị Bình, Trưởng phòng — Sở NN&MT Hà Nội')).toBeTruthy();
  });

  it('normalises what was typed and puts it in the URL', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockApi({
      'GET /api/tenant': () => json(200, tenant),
      [`GET /api/track/${CODE}`]: () => json(200, trackResult({ status: 'received' })),
    });
    renderApp('/track');

    await user.type(await screen.findByLabelText('Mã tra cứu'), 'k7qm 4xpr 9hdt');
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));

    expect(await screen.findByText('Đã tiếp nhận — câu hỏi đang chờ xử lý')).toBeTruthy();
    expect(requests.map((r) => r.path)).toContain(`/api/track/${CODE}`);
  });

  it('refuses a code that cannot be one without asking the server', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockApi({ 'GET /api/tenant': () => json(200, tenant) });
    renderApp('/track');

    await user.type(await screen.findByLabelText('Mã tra cứu'), 'ABC');
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));

    expect(screen.getByText('Mã tra cứu gồm 12 chữ và số, dạng K7QM-4XPR-9HDT.')).toBeTruthy();
    expect(requests.filter((r) => r.path.startsWith('/api/track'))).toHaveLength(0);
  });

  it('says when no question has this code here', async () => {
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      [`GET /api/track/${CODE}`]: () =>
        problem(404, 'question_not_found', 'Không tìm thấy câu hỏi với mã này tại đơn vị này.'),
    });
    renderApp(`/track?code=${CODE}`);

    expect(await screen.findByText('Không tìm thấy câu hỏi')).toBeTruthy();
    expect(screen.getByText('Không tìm thấy câu hỏi với mã này tại đơn vị này.')).toBeTruthy();
  });
});
