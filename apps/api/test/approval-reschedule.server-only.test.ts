import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerUrl, createDeskTeam, writeAndSubmit } from './support/answering.ts';
import { createExchange } from './support/fixtures.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';
import { addQuestion } from './support/triage.ts';

// Two transactions at once need a real server: the embedded database runs one at a time.
const HOUR = 3_600_000;
let t: TestApp;
let team: Awaited<ReturnType<typeof createDeskTeam>>;

beforeAll(async () => {
  t = await startTestApp();
  team = await createDeskTeam(t);
});
afterAll(async () => {
  await t?.close();
});

describe('an approval while the live start is being moved', () => {
  it('releases the pre-answer at the new start, not the old one', async () => {
    const now = t.clock.now();
    const created = await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'announced', now });
    const oldStart = new Date(now.getTime() + HOUR);
    const newStart = new Date(now.getTime() + 3 * HOUR);
    const exchange = await t.prisma.exchange.update({
      where: { id: created.id },
      data: { liveStartsAt: oldStart, liveEndsAt: new Date(now.getTime() + 6 * HOUR) },
    });
    const question = await addQuestion(t.prisma, {
      exchangeId: exchange.id,
      title: 'Thời hạn giao đất tái định cư',
      status: 'accepted',
    });
    await writeAndSubmit(team.khoa, question.id, '<p>Trả lời trước buổi giao lưu.</p>');

    // An admin's change of schedule is under way (it has moved the start and found no approved
    // pre-answer to move) when the leader approves.
    let approval: ReturnType<typeof team.an.request> | undefined;
    await t.prisma.$transaction(async (tx) => {
      await tx.exchange.update({ where: { id: exchange.id }, data: { liveStartsAt: newStart } });
      approval = team.an.request('POST', answerUrl(question.id, 'approve'));
      await new Promise((resolve) => setTimeout(resolve, 300));
    });

    const response = await approval;
    expect(response?.statusCode, response?.body).toBe(200);
    const answer = await t.prisma.answer.findFirstOrThrow({ where: { questionId: question.id } });
    expect(answer.publishAt).toEqual(newStart);
  });
});
