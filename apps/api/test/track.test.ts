import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnsweredQuestion, createExchange } from './support/fixtures.ts';
import { hostOf, startTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let exchangeId: string;

beforeAll(async () => {
  t = await startTestApp();
  exchangeId = (
    await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'live', now: t.clock.now() })
  ).id;
});
afterAll(async () => {
  await t?.close();
});

const track = (code: string, slug = 'hanoi') =>
  t.app.inject({
    method: 'GET',
    url: `/api/track/${encodeURIComponent(code)}`,
    headers: { host: hostOf(slug) },
  });

async function ask(): Promise<{ id: string; trackingCode: string }> {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/exchanges/${exchangeId}/questions`,
    headers: { host: hostOf('hanoi') },
    payload: {
      askerName: 'Trần Văn Nam',
      askerKind: 'citizen',
      locality: 'Phường Tây Hồ',
      phone: '0901234567',
      fieldSlug: 'moi-truong',
      title: 'Hỏi về xử lý rác thải sinh hoạt',
      body: 'Xin hỏi quy định phân loại rác thải sinh hoạt tại hộ gia đình?',
      consent: true,
    },
  });
  return response.json();
}

describe('tracking a question', () => {
  it('shows a new question as received, however the code is typed', async () => {
    const { trackingCode } = await ask();
    const typed = trackingCode.toLowerCase().replaceAll('-', ' ');
    const response = await track(typed);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      trackingCode,
      status: 'received',
      mergedInto: false,
      question: { title: 'Hỏi về xử lý rác thải sinh hoạt' },
      answer: null,
    });
    expect(response.body).not.toContain('0901234567');
  });

  it("is not found on another department's site", async () => {
    const { trackingCode } = await ask();
    const response = await track(trackingCode, 'danang');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'question_not_found' });
  });

  it('refuses something that cannot be a code', async () => {
    const response = await track('HELLO');
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('invalid_tracking_code');
  });

  it('shows the answer only once it is released', async () => {
    const releaseAt = new Date(t.clock.now().getTime() + 60_000);
    await createAnsweredQuestion(t.prisma, {
      exchangeId,
      publishAt: releaseAt,
      title: 'Câu hỏi chờ công bố',
      trackingCode: 'TRAK-AAAA-AAA2',
    });

    t.clock.set(new Date(releaseAt.getTime() - 1000));
    expect((await track('TRAK-AAAA-AAA2')).json()).toMatchObject({
      status: 'processing',
      answer: null,
    });

    t.clock.set(releaseAt);
    const released = (await track('TRAK-AAAA-AAA2')).json();
    expect(released.status).toBe('answered');
    expect(released.answer.html).toBe('<p>Trả lời cho: Câu hỏi chờ công bố</p>');
  });

  it('follows a merged question to the answer of the one it was merged into', async () => {
    const { question: kept } = await createAnsweredQuestion(t.prisma, {
      exchangeId,
      publishAt: new Date(t.clock.now().getTime() - 1000),
      title: 'Câu hỏi được giữ lại',
      trackingCode: 'TRAK-BBBB-BBB2',
    });
    const duplicate = await ask();
    await t.prisma.question.update({
      where: { id: duplicate.id },
      data: { status: 'merged', mergedIntoId: kept.id },
    });

    const response = (await track(duplicate.trackingCode)).json();
    expect(response).toMatchObject({ status: 'answered', mergedInto: true });
    expect(response.answer.html).toContain('Câu hỏi được giữ lại');
  });

  it('tells a rejected asker plainly, without the internal reason', async () => {
    const asked = await ask();
    await t.prisma.question.update({
      where: { id: asked.id },
      data: {
        status: 'rejected',
        rejectionReason: 'Nội dung không thuộc thẩm quyền — ghi chú nội bộ',
      },
    });
    const response = await track(asked.trackingCode);
    expect(response.json().status).toBe('declined');
    expect(response.body).not.toContain('ghi chú nội bộ');
  });
});
