import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnsweredQuestion, createExchange } from './support/fixtures.ts';
import { createStaff, type StaffClient, signIn } from './support/staff.ts';
import { hostOf, startTestApp, type TestApp } from './support/test-app.ts';
import { addQuestion, auditOf } from './support/triage.ts';

let t: TestApp;
let exchangeId: string;
let otherExchangeId: string;
let danangExchangeId: string;
let moderator: StaffClient;
let leader: StaffClient;
let expert: StaffClient;
let danang: StaffClient;
let expertId: string;
let codeCounter = 0;

beforeAll(async () => {
  t = await startTestApp();
  const now = t.clock.now();
  exchangeId = (await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'live', now })).id;
  otherExchangeId = (
    await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'announced', now })
  ).id;
  danangExchangeId = (await createExchange(t.prisma, { tenantSlug: 'danang', kind: 'live', now }))
    .id;

  await createStaff(t.prisma, {
    tenantSlug: 'hanoi',
    email: 'mod@hanoi.test',
    roles: ['moderator'],
  });
  await createStaff(t.prisma, { tenantSlug: 'hanoi', email: 'lead@hanoi.test', roles: ['leader'] });
  expertId = (
    await createStaff(t.prisma, { tenantSlug: 'hanoi', email: 'a@hanoi.test', roles: ['expert'] })
  ).id;
  await createStaff(t.prisma, {
    tenantSlug: 'danang',
    email: 'mod@danang.test',
    roles: ['moderator'],
  });

  moderator = await signIn(t, 'hanoi', 'mod@hanoi.test');
  leader = await signIn(t, 'hanoi', 'lead@hanoi.test');
  expert = await signIn(t, 'hanoi', 'a@hanoi.test');
  danang = await signIn(t, 'danang', 'mod@danang.test');
});
afterAll(async () => {
  await t?.close();
});

const ask = (options: Partial<Parameters<typeof addQuestion>[1]> = {}) =>
  addQuestion(t.prisma, { exchangeId, title: 'Hỏi về cấp sổ đỏ cho đất ở', ...options });

/** A question of the live exchange whose answer is public already. */
async function answered(title: string) {
  codeCounter += 1;
  const { question } = await createAnsweredQuestion(t.prisma, {
    exchangeId,
    publishAt: new Date(t.clock.now().getTime() - 60_000),
    title,
    trackingCode: `MERG-${'ABCDEFGH'[codeCounter]}AAA-AAA2`,
  });
  return question;
}

const merge = (client: StaffClient, id: string, intoId: string) =>
  client.request('POST', `/api/desk/questions/${id}/merge`, { intoId });

const track = (code: string) =>
  t.app.inject({ method: 'GET', url: `/api/track/${code}`, headers: { host: hostOf('hanoi') } });

describe('merging a duplicate', () => {
  it("marks it merged, and its asker is shown the kept question's answer", async () => {
    const kept = await answered('Thủ tục cấp sổ đỏ lần đầu');
    const duplicate = await ask({ status: 'accepted', title: 'Cấp sổ đỏ lần đầu cần gì?' });

    const response = await merge(moderator, duplicate.id, kept.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: duplicate.id,
      status: 'merged',
      mergedIntoId: kept.id,
    });

    const tracked = (await track(duplicate.trackingCode)).json();
    expect(tracked).toMatchObject({
      status: 'answered',
      mergedInto: true,
      question: { title: 'Cấp sổ đỏ lần đầu cần gì?' },
    });
    expect(tracked.answer.html).toBe('<p>Trả lời cho: Thủ tục cấp sổ đỏ lần đầu</p>');

    expect(await auditOf(t.prisma, duplicate.id)).toEqual([
      expect.objectContaining({
        action: 'question.merged',
        before: { status: 'accepted', mergedIntoId: null, assigneeId: null },
        after: { status: 'merged', mergedIntoId: kept.id, assigneeId: null },
      }),
    ]);
  });

  it('takes an unclaimed assigned duplicate off its expert', async () => {
    const kept = await ask();
    const duplicate = await ask({ status: 'assigned', assigneeId: expertId });
    const merged = (await merge(moderator, duplicate.id, kept.id)).json();
    expect(merged).toMatchObject({ status: 'merged', assignee: null });
  });

  it('leads the asker of A to C after A was merged into B and B into C', async () => {
    const c = await answered('Bồi thường khi thu hồi đất nông nghiệp');
    const b = await ask({ title: 'Mức bồi thường đất nông nghiệp' });
    const a = await ask({ title: 'Bồi thường đất ruộng bị thu hồi' });

    expect((await merge(moderator, a.id, b.id)).statusCode).toBe(200);
    expect((await merge(moderator, b.id, c.id)).statusCode).toBe(200);

    const tracked = (await track(a.trackingCode)).json();
    expect(tracked).toMatchObject({ status: 'answered', mergedInto: true });
    expect(tracked.answer.html).toContain('Bồi thường khi thu hồi đất nông nghiệp');

    // A points straight at C, so no chain grows longer than one hop.
    const stored = await t.prisma.question.findUniqueOrThrow({ where: { id: a.id } });
    expect(stored.mergedIntoId).toBe(c.id);
    expect((await auditOf(t.prisma, a.id)).map((entry) => entry.action)).toEqual([
      'question.merged',
      'question.merge_redirected',
    ]);
    expect((await auditOf(t.prisma, a.id))[1]).toMatchObject({
      before: { mergedIntoId: b.id },
      after: { mergedIntoId: c.id },
    });
  });

  it('refuses to merge a question into itself or into another exchange', async () => {
    const question = await ask();
    const self = await merge(moderator, question.id, question.id);
    expect(self.statusCode).toBe(422);
    expect(self.json().errors).toEqual([
      {
        field: 'intoId',
        code: 'same_question',
        message: 'Không thể gộp một câu hỏi vào chính nó.',
      },
    ]);

    const elsewhere = await addQuestion(t.prisma, {
      exchangeId: otherExchangeId,
      title: 'Khác buổi',
    });
    const other = await merge(moderator, question.id, elsewhere.id);
    expect(other.statusCode).toBe(422);
    expect(other.json().errors[0]).toMatchObject({ field: 'intoId', code: 'other_exchange' });
    expect((await t.prisma.question.findUniqueOrThrow({ where: { id: question.id } })).status).toBe(
      'submitted',
    );
  });

  it('refuses a kept question that is merged or rejected itself', async () => {
    const question = await ask();
    for (const status of ['merged', 'rejected'] as const) {
      const closed = await ask({ status });
      const response = await merge(moderator, question.id, closed.id);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('merge_target_closed');
    }
    const rejected = await ask({ status: 'rejected' });
    expect((await merge(moderator, question.id, rejected.id)).json().detail).toBe(
      'Câu hỏi được giữ lại đang ở trạng thái “đã từ chối”; hãy chọn câu hỏi khác.',
    );
  });

  it('refuses a duplicate whose answer is under way, claimed, or already closed', async () => {
    const kept = await ask();
    const drafted = await ask({ status: 'drafted', assigneeId: expertId, claimedById: expertId });
    const claimed = await ask({ status: 'assigned', assigneeId: expertId, claimedById: expertId });
    const rejected = await ask({ status: 'rejected' });

    const draftedResponse = await merge(moderator, drafted.id, kept.id);
    expect(draftedResponse.statusCode).toBe(409);
    expect(draftedResponse.json()).toMatchObject({
      code: 'question_not_mergeable',
      detail: 'Câu hỏi đang ở trạng thái “đang soạn trả lời”, không thể gộp.',
    });
    expect((await merge(moderator, claimed.id, kept.id)).json().code).toBe('question_claimed');
    expect((await merge(moderator, rejected.id, kept.id)).statusCode).toBe(409);
    expect(await auditOf(t.prisma, claimed.id)).toEqual([]);
  });

  it('cannot make a cycle when two moderators merge a pair both ways at once', async () => {
    const first = await ask();
    const second = await ask();
    const other = await signIn(t, 'hanoi', 'mod@hanoi.test');

    const responses = await Promise.all([
      merge(moderator, first.id, second.id),
      merge(other, second.id, first.id),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const rows = await t.prisma.question.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { status: true },
    });
    expect(rows.map((row) => row.status).sort()).toEqual(['merged', 'submitted']);
  });

  it('is for moderators of the department only', async () => {
    const question = await ask();
    const kept = await ask();
    const foreign = await addQuestion(t.prisma, {
      exchangeId: danangExchangeId,
      title: 'Câu hỏi ở Đà Nẵng',
    });

    expect((await merge(leader, question.id, kept.id)).statusCode).toBe(403);
    expect((await merge(expert, question.id, kept.id)).statusCode).toBe(403);

    const fromDanang = await merge(danang, question.id, kept.id);
    expect(fromDanang.statusCode).toBe(404);
    expect(fromDanang.json().code).toBe('question_not_found');

    const intoDanang = await merge(moderator, question.id, foreign.id);
    expect(intoDanang.statusCode).toBe(404);
    expect(intoDanang.json().code).toBe('merge_target_not_found');

    const stored = await t.prisma.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(stored).toMatchObject({ status: 'submitted', mergedIntoId: null });
  });
});

describe('suggesting likely duplicates', () => {
  let subject: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const similarExchange = (
      await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'live', now: t.clock.now() })
    ).id;
    const add = (
      title: string,
      body: string,
      options: Partial<Parameters<typeof addQuestion>[1]> = {},
    ) => addQuestion(t.prisma, { exchangeId: similarExchange, title, body, ...options });

    subject = await add(
      'Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu',
      'Gia đình tôi sử dụng đất ổn định từ năm 1995, chưa có giấy tờ. Xin hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu?',
    );
    ids.nearCopy = (
      await add(
        'Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu',
        'Nhà tôi sử dụng đất ổn định từ năm 1995, chưa có giấy tờ gì. Xin hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu ra sao?',
      )
    ).id;
    ids.reworded = (
      await add(
        'Xin cấp giấy chứng nhận quyền sử dụng đất',
        'Đất nhà tôi sử dụng từ năm 1995 nhưng chưa có giấy tờ, thủ tục cấp giấy chứng nhận thế nào?',
        { status: 'assigned', assigneeId: expertId },
      )
    ).id;
    ids.unrelated = (
      await add(
        'Ô nhiễm khói bụi từ nhà máy xi măng',
        'Nhà máy xi măng gần khu dân cư thải khói bụi suốt đêm, người dân phải làm gì?',
        { fieldSlug: 'moi-truong' },
      )
    ).id;
    // Same field, another matter: it shares a third of its trigrams, which is not a duplicate.
    ids.related = (
      await add(
        'Bồi thường khi thu hồi đất nông nghiệp',
        'Gia đình tôi có 500 m² đất trồng lúa nằm trong dự án mở rộng đường, mức giá bồi thường thấp hơn giá thị trường. Xin hỏi Sở có thể xem xét lại không?',
      )
    ).id;
    ids.rejectedCopy = (
      await add(
        'Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu',
        'Gia đình tôi sử dụng đất ổn định từ năm 1995, chưa có giấy tờ. Xin hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu?',
        { status: 'rejected' },
      )
    ).id;
    ids.mergedCopy = (
      await add(
        'Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu',
        'Gia đình tôi sử dụng đất ổn định từ năm 1995, chưa có giấy tờ. Xin hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu?',
        { status: 'merged' },
      )
    ).id;
    // The same text in another exchange is another event's business.
    ids.otherExchange = (
      await addQuestion(t.prisma, {
        exchangeId,
        title: 'Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu',
        body: 'Gia đình tôi sử dụng đất ổn định từ năm 1995, chưa có giấy tờ. Xin hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu?',
      })
    ).id;
  });

  const similar = (client: StaffClient, id: string) =>
    client.request('GET', `/api/desk/questions/${id}/similar`);

  it('ranks open rewordings in the same exchange, most similar first, not mere relatives', async () => {
    const response = await similar(moderator, subject.id);
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((item: { id: string }) => item.id)).toEqual([ids.nearCopy, ids.reworded]);
    expect(items[0]).toMatchObject({
      title: 'Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu',
      status: 'submitted',
    });
    expect(items[0].similarity).toBeGreaterThan(items[1].similarity);
    expect(items[1].similarity).toBeGreaterThanOrEqual(0.5);
    expect(items[0].similarity).toBeLessThanOrEqual(1);
  });

  it('suggests nothing for a question unlike any other', async () => {
    expect((await similar(leader, ids.unrelated as string)).json().items).toEqual([]);
  });

  it('is for moderators and leaders of the department', async () => {
    expect((await similar(expert, subject.id)).statusCode).toBe(403);
    const foreign = await similar(danang, subject.id);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('giấy chứng nhận');
  });
});
