import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerUrl,
  createDeskTeam,
  feedTitles,
  track,
  writeAndSubmit,
} from './support/answering.ts';
import { createExchange } from './support/fixtures.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';
import { addQuestion, auditOf } from './support/triage.ts';

let t: TestApp;
let team: Awaited<ReturnType<typeof createDeskTeam>>;
let exchangeId: string;
let liveStartsAt: Date;
const SECOND = 1000;
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await startTestApp();
  const exchange = await createExchange(t.prisma, {
    tenantSlug: 'hanoi',
    kind: 'announced',
    now: t.clock.now(),
  });
  // The opening is two hours away: close enough that staff sessions stay open until then.
  liveStartsAt = new Date(t.clock.now().getTime() + 2 * HOUR);
  exchangeId = (
    await t.prisma.exchange.update({ where: { id: exchange.id }, data: { liveStartsAt } })
  ).id;
  team = await createDeskTeam(t);
});
afterAll(async () => {
  await t?.close();
});

/** An answer written, sent and approved now, before the live start. */
async function preAnswer(title: string) {
  const question = await addQuestion(t.prisma, { exchangeId, title, status: 'accepted' });
  await writeAndSubmit(team.khoa, question.id, `<p>Trả lời trước: ${title}</p>`);
  const approved = await team.an.request('POST', answerUrl(question.id, 'approve'));
  expect(approved.statusCode, approved.body).toBe(200);
  return { question, approved: approved.json() };
}

describe('a pre-answer', () => {
  it('stays hidden until the live start and is public from that exact second', async () => {
    const approvedAt = t.clock.now();
    const { question, approved } = await preAnswer('Giá đất bồi thường năm 2027');

    expect(approved.answer).toMatchObject({
      status: 'approved',
      publishAt: liveStartsAt.toISOString(),
      publicNow: false,
    });
    expect((await auditOf(t.prisma, await answerIdOf(question.id))).at(-1)).toMatchObject({
      action: 'answer.approve',
      after: { preAnswer: true, publishAt: liveStartsAt.toISOString() },
    });
    expect(await feedTitles(t, exchangeId)).not.toContain('Giá đất bồi thường năm 2027');

    t.clock.set(new Date(liveStartsAt.getTime() - SECOND));
    expect(await feedTitles(t, exchangeId)).not.toContain('Giá đất bồi thường năm 2027');
    const before = await track(t, question.trackingCode);
    expect(before).toMatchObject({ status: 'processing', answer: null });

    t.clock.set(liveStartsAt);
    expect(await feedTitles(t, exchangeId)).toContain('Giá đất bồi thường năm 2027');
    const after = await track(t, question.trackingCode);
    expect(after).toMatchObject({
      status: 'answered',
      answer: {
        html: '<p>Trả lời trước: Giá đất bồi thường năm 2027</p>',
        answeredBy: { name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở' },
        publishedAt: liveStartsAt.toISOString(),
      },
    });

    t.clock.set(approvedAt);
  });

  it('goes public at once when a leader confirms publishing it now', async () => {
    const { question } = await preAnswer('Công bố sớm trước giờ giao lưu');
    expect(await feedTitles(t, exchangeId)).not.toContain('Công bố sớm trước giờ giao lưu');

    const refused = await team.an.request('POST', answerUrl(question.id, 'publish-now'), {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].message).toBe(
      'Cần xác nhận rằng câu trả lời sẽ được công khai ngay.',
    );
    expect(await feedTitles(t, exchangeId)).not.toContain('Công bố sớm trước giờ giao lưu');

    const published = await team.an.request('POST', answerUrl(question.id, 'publish-now'), {
      confirm: true,
    });
    expect(published.json().answer).toMatchObject({
      publicNow: true,
      publishAt: t.clock.now().toISOString(),
    });
    expect(await feedTitles(t, exchangeId)).toContain('Công bố sớm trước giờ giao lưu');
    expect((await track(t, question.trackingCode)).status).toBe('answered');
  });

  it('withdrawn before the opening never goes public at it', async () => {
    const approvedAt = t.clock.now();
    const { question } = await preAnswer('Phát hiện sai sót trước giờ mở');

    const withdrawn = await team.an.request('POST', answerUrl(question.id, 'unpublish'), {
      reason: 'Số liệu chưa cập nhật theo bảng giá mới.',
    });
    expect(withdrawn.statusCode).toBe(200);

    t.clock.set(liveStartsAt);
    expect(await feedTitles(t, exchangeId)).not.toContain('Phát hiện sai sót trước giờ mở');
    expect((await track(t, question.trackingCode)).answer).toBeNull();

    t.clock.set(approvedAt);
  });
});

async function answerIdOf(questionId: string) {
  return (await t.prisma.answer.findUniqueOrThrow({ where: { questionId } })).id;
}
