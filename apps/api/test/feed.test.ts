import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnsweredQuestion, createExchange } from './support/fixtures.ts';
import { appendEvent } from './support/live-events.ts';
import { hostOf, startTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let exchangeId: string;
const MINUTE = 60_000;

beforeAll(async () => {
  t = await startTestApp();
  const now = t.clock.now();
  exchangeId = (await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'live', now })).id;
  for (let i = 1; i <= 5; i++) {
    await createAnsweredQuestion(t.prisma, {
      exchangeId,
      publishAt: new Date(now.getTime() - (10 - i) * MINUTE),
      title: `Câu hỏi số ${i}`,
      trackingCode: `FEED-AAAA-AAA${i + 1}`,
      showName: i !== 3,
    });
  }
});
afterAll(async () => {
  await t?.close();
});

const feed = (query = '', slug = 'hanoi', id = exchangeId) =>
  t.app.inject({
    method: 'GET',
    url: `/api/exchanges/${id}/feed${query}`,
    headers: { host: hostOf(slug) },
  });

describe('the published feed', () => {
  it('pages newest first with a cursor, and every item once', async () => {
    const first = (await feed('?limit=2')).json();
    expect(first.items.map((i: { title: string }) => i.title)).toEqual([
      'Câu hỏi số 5',
      'Câu hỏi số 4',
    ]);

    const second = (await feed(`?limit=2&cursor=${first.nextCursor}`)).json();
    const third = (await feed(`?limit=2&cursor=${second.nextCursor}`)).json();
    expect(second.items.map((i: { title: string }) => i.title)).toEqual([
      'Câu hỏi số 3',
      'Câu hỏi số 2',
    ]);
    expect(third.items.map((i: { title: string }) => i.title)).toEqual(['Câu hỏi số 1']);
    expect(third.nextCursor).toBeNull();
  });

  it('shows who answers and hides contact details and hidden names', async () => {
    const response = await feed('?limit=50');
    const items = response.json().items;
    const hidden = items.find((i: { title: string }) => i.title === 'Câu hỏi số 3');
    expect(hidden.askerName).toBe('Ẩn danh');
    expect(items[0].answer.answeredBy).toEqual({
      name: 'Nguyễn Văn An',
      position: 'Phó Giám đốc Sở',
      organisation: 'Sở Tài nguyên và Môi trường thành phố Hà Nội',
    });
    expect(response.body).not.toContain('dung@example.vn');
    expect(response.body).not.toContain('0912345678');
  });

  it('releases a pre-answer at its exact second, not before, even with the page already cached', async () => {
    const now = t.clock.now();
    const announced = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'announced',
      now,
    });
    const releaseAt = new Date(now.getTime() + 30 * MINUTE);
    await t.prisma.exchange.update({
      where: { id: announced.id },
      data: { liveStartsAt: releaseAt },
    });
    const titles = async () =>
      (await feed('?limit=50', 'hanoi', announced.id))
        .json()
        .items.map((i: { title: string }) => i.title);
    // Viewers loaded the empty feed before the pre-answer was approved.
    expect(await titles()).toEqual([]);
    await createAnsweredQuestion(t.prisma, {
      exchangeId: announced.id,
      publishAt: releaseAt,
      title: 'Câu trả lời hẹn giờ',
      trackingCode: 'FEED-BBBB-BBB2',
    });

    t.clock.set(new Date(releaseAt.getTime() - 1000));
    expect(await titles()).toEqual([]);

    t.clock.set(releaseAt);
    expect(await titles()).toEqual(['Câu trả lời hẹn giờ']);
    t.clock.set(now);
  });

  it('shows an answer whose event is out, even stamped a moment ahead by another instance', async () => {
    // An approval on an instance whose clock runs two seconds ahead: its release time is in
    // this instance's future, but its event is already on the public stream.
    const ahead = new Date(t.clock.now().getTime() + 2_000);
    const { answer } = await createAnsweredQuestion(t.prisma, {
      exchangeId,
      publishAt: ahead,
      title: 'Câu trả lời từ máy chủ khác',
      trackingCode: 'FEED-DDDD-DDD2',
    });
    await t.prisma.answer.update({ where: { id: answer.id }, data: { publicEventAt: ahead } });
    const exchange = await t.prisma.exchange.findUniqueOrThrow({ where: { id: exchangeId } });
    const eventId = await appendEvent(t.prisma, {
      tenantId: exchange.tenantId,
      exchangeId,
      channel: 'public',
      type: 'answer.published',
      payload: { questionId: answer.questionId },
    });

    const page = (await feed('?limit=50')).json();
    // A page that follows the stream from after that event must already show the answer.
    expect(BigInt(page.liveEventId)).toBeGreaterThanOrEqual(BigInt(eventId));
    expect(page.items.map((i: { title: string }) => i.title)).toContain(
      'Câu trả lời từ máy chủ khác',
    );
  });

  it('drops an answer that was withdrawn', async () => {
    const { answer } = await createAnsweredQuestion(t.prisma, {
      exchangeId,
      publishAt: new Date(t.clock.now().getTime() - MINUTE),
      title: 'Câu trả lời bị gỡ',
      trackingCode: 'FEED-CCCC-CCC2',
    });
    await t.prisma.answer.update({
      where: { id: answer.id },
      data: { unpublishedAt: t.clock.now() },
    });
    const titles = (await feed('?limit=50')).json().items.map((i: { title: string }) => i.title);
    expect(titles).not.toContain('Câu trả lời bị gỡ');
  });

  it("is not found from another department's host", async () => {
    const response = await feed('', 'danang');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('exchange_not_found');
  });

  it('refuses a forged cursor and an out-of-range page size', async () => {
    expect((await feed('?cursor=bm9wZQ')).json().code).toBe('invalid_cursor');
    const tooMany = await feed('?limit=500');
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().errors[0]).toMatchObject({
      field: 'limit',
      message: 'Số mục mỗi trang tối đa là 50.',
    });
  });
});
