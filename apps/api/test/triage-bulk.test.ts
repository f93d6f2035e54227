import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExchange } from './support/fixtures.ts';
import { createStaff, type StaffClient, signIn } from './support/staff.ts';
import { hostOf, startTestApp, type TestApp } from './support/test-app.ts';
import { addQuestion, auditOf } from './support/triage.ts';

let t: TestApp;
let exchangeId: string;
let danangExchangeId: string;
let moderator: StaffClient;
let secondModerator: StaffClient;
let leader: StaffClient;
let danang: StaffClient;
const staff: Record<string, string> = {};

const MISSING = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await startTestApp();
  const now = t.clock.now();
  exchangeId = (await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'live', now })).id;
  danangExchangeId = (await createExchange(t.prisma, { tenantSlug: 'danang', kind: 'live', now }))
    .id;

  for (const [key, tenantSlug, email, roles] of [
    ['moderator', 'hanoi', 'mod@hanoi.test', ['moderator']],
    ['moderator2', 'hanoi', 'mod2@hanoi.test', ['moderator']],
    ['leader', 'hanoi', 'lead@hanoi.test', ['leader']],
    ['expertA', 'hanoi', 'a@hanoi.test', ['expert']],
    ['expertB', 'hanoi', 'b@hanoi.test', ['expert']],
    ['retired', 'hanoi', 'old@hanoi.test', ['expert']],
    ['danangModerator', 'danang', 'mod@danang.test', ['moderator']],
    ['danangExpert', 'danang', 'x@danang.test', ['expert']],
  ] as const) {
    staff[key] = (await createStaff(t.prisma, { tenantSlug, email, roles: [...roles] })).id;
  }
  await t.prisma.staffUser.update({ where: { id: staff.retired }, data: { disabledAt: now } });

  moderator = await signIn(t, 'hanoi', 'mod@hanoi.test');
  secondModerator = await signIn(t, 'hanoi', 'mod2@hanoi.test');
  leader = await signIn(t, 'hanoi', 'lead@hanoi.test');
  danang = await signIn(t, 'danang', 'mod@danang.test');
});
afterAll(async () => {
  await t?.close();
});

const ask = (options: Partial<Parameters<typeof addQuestion>[1]> = {}) =>
  addQuestion(t.prisma, { exchangeId, title: 'Hỏi về thủ tục đất đai', ...options });

const bulk = (client: StaffClient, body: unknown) =>
  client.request('POST', '/api/desk/questions/bulk', body);

const statusOf = async (id: string) =>
  (await t.prisma.question.findUniqueOrThrow({ where: { id } })).status;

describe('accepting in bulk', () => {
  it('accepts submitted questions and reports the others with the reason', async () => {
    const [a, b, accepted, rejected] = await Promise.all([
      ask(),
      ask(),
      ask({ status: 'accepted' }),
      ask({ status: 'rejected' }),
    ]);
    const foreign = await addQuestion(t.prisma, {
      exchangeId: danangExchangeId,
      title: 'Câu hỏi ở Đà Nẵng',
    });

    const response = await bulk(moderator, {
      action: 'accept',
      ids: [a.id, accepted.id, b.id, rejected.id, foreign.id, MISSING, a.id],
    });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.updated).toEqual([a.id, b.id]);
    expect(result.skipped).toEqual([
      {
        id: accepted.id,
        code: 'wrong_state',
        message: 'Câu hỏi đang ở trạng thái “đã tiếp nhận”, không thể tiếp nhận.',
      },
      {
        id: rejected.id,
        code: 'wrong_state',
        message: 'Câu hỏi đang ở trạng thái “đã từ chối”, không thể tiếp nhận.',
      },
      {
        id: foreign.id,
        code: 'not_found',
        message: 'Không tìm thấy câu hỏi này tại đơn vị của bạn.',
      },
      { id: MISSING, code: 'not_found', message: 'Không tìm thấy câu hỏi này tại đơn vị của bạn.' },
    ]);

    expect(await statusOf(a.id)).toBe('accepted');
    expect(await statusOf(b.id)).toBe('accepted');
    expect(await statusOf(rejected.id)).toBe('rejected');
    expect(await statusOf(foreign.id)).toBe('submitted');
  });

  it('writes one audit entry per changed question, with who, before and after', async () => {
    const question = await ask();
    await bulk(moderator, { action: 'accept', ids: [question.id] });

    const entries = await auditOf(t.prisma, question.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: staff.moderator,
      action: 'question.accepted',
      entityType: 'Question',
      before: { status: 'submitted' },
      after: { status: 'accepted' },
    });
    expect(JSON.stringify(entries)).not.toContain('mai.hoang@example.vn');
    expect(JSON.stringify(entries)).not.toContain('0904111222');

    // A skipped question leaves no trace in the log.
    await bulk(moderator, { action: 'accept', ids: [question.id] });
    expect(await auditOf(t.prisma, question.id)).toHaveLength(1);
  });

  it('changes each question once when two moderators accept the same ones at once', async () => {
    const questions = await Promise.all(Array.from({ length: 6 }, () => ask()));
    const ids = questions.map((question) => question.id);

    const [first, second] = await Promise.all([
      bulk(moderator, { action: 'accept', ids }),
      bulk(secondModerator, { action: 'accept', ids: [...ids].reverse() }),
    ]);
    const updated = [...first.json().updated, ...second.json().updated];
    expect(updated.sort()).toEqual([...ids].sort());
    expect(first.json().skipped.length + second.json().skipped.length).toBe(6);

    const entries = await t.prisma.auditEntry.count({
      where: { entityId: { in: ids }, action: 'question.accepted' },
    });
    expect(entries).toBe(6);
  });
});

describe('rejecting in bulk', () => {
  it('rejects submitted and accepted questions, keeping the reason from the public', async () => {
    const [submitted, accepted, assigned] = await Promise.all([
      ask(),
      ask({ status: 'accepted' }),
      ask({ status: 'assigned', assigneeId: staff.expertA }),
    ]);
    const reason = 'Nội dung không thuộc thẩm quyền của Sở — ghi chú nội bộ';

    const result = (
      await bulk(moderator, {
        action: 'reject',
        ids: [submitted.id, accepted.id, assigned.id],
        reason,
      })
    ).json();
    expect(result.updated).toEqual([submitted.id, accepted.id]);
    expect(result.skipped).toEqual([
      {
        id: assigned.id,
        code: 'wrong_state',
        message: 'Câu hỏi đang ở trạng thái “đã phân công”, không thể từ chối.',
      },
    ]);

    const stored = await t.prisma.question.findUniqueOrThrow({ where: { id: accepted.id } });
    expect(stored).toMatchObject({ status: 'rejected', rejectionReason: reason });
    expect((await auditOf(t.prisma, accepted.id))[0]).toMatchObject({
      action: 'question.rejected',
      before: { status: 'accepted' },
      after: { status: 'rejected', rejectionReason: reason },
    });

    const tracked = await t.app.inject({
      method: 'GET',
      url: `/api/track/${stored.trackingCode}`,
      headers: { host: hostOf('hanoi') },
    });
    expect(tracked.json().status).toBe('declined');
    expect(tracked.body).not.toContain('ghi chú nội bộ');
  });

  it('requires a reason a person can read', async () => {
    const question = await ask();
    const response = await bulk(moderator, { action: 'reject', ids: [question.id], reason: ' x ' });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { field: 'reason', code: 'too_short', message: 'Lý do từ chối cần ít nhất 5 ký tự.' },
    ]);
    expect(await statusOf(question.id)).toBe('submitted');
  });
});

describe('assigning in bulk', () => {
  it('assigns accepted questions to an expert of the department', async () => {
    const [accepted, submitted] = await Promise.all([ask({ status: 'accepted' }), ask()]);

    const result = (
      await bulk(moderator, {
        action: 'assign',
        ids: [accepted.id, submitted.id],
        assigneeId: staff.expertA,
      })
    ).json();
    expect(result.updated).toEqual([accepted.id]);
    expect(result.skipped).toEqual([
      {
        id: submitted.id,
        code: 'wrong_state',
        message: 'Câu hỏi đang ở trạng thái “chờ tiếp nhận”, không thể phân công.',
      },
    ]);

    const stored = await t.prisma.question.findUniqueOrThrow({ where: { id: accepted.id } });
    expect(stored).toMatchObject({ status: 'assigned', assigneeId: staff.expertA });
    expect((await auditOf(t.prisma, accepted.id))[0]).toMatchObject({
      action: 'question.assigned',
      before: { status: 'accepted', assigneeId: null },
      after: { status: 'assigned', assigneeId: staff.expertA },
    });

    const mine = await t.prisma.question.count({ where: { assigneeId: staff.expertA } });
    const listed = (await moderator.request('GET', '/api/desk/assignees')).json().items;
    expect(listed.find((item: { id: string }) => item.id === staff.expertA).openQuestions).toBe(
      mine,
    );
  });

  it('re-assigns a question nobody has claimed, but not one another expert works on', async () => {
    const [unclaimed, claimed, claimedBySame] = await Promise.all([
      ask({ status: 'assigned', assigneeId: staff.expertA }),
      ask({ status: 'assigned', assigneeId: staff.expertA, claimedById: staff.expertA }),
      ask({ status: 'assigned', assigneeId: staff.expertA, claimedById: staff.expertB }),
    ]);

    const result = (
      await bulk(moderator, {
        action: 'assign',
        ids: [unclaimed.id, claimed.id, claimedBySame.id],
        assigneeId: staff.expertB,
      })
    ).json();
    expect(result.updated).toEqual([unclaimed.id, claimedBySame.id]);
    expect(result.skipped).toEqual([
      {
        id: claimed.id,
        code: 'claimed_by_other',
        message: 'Câu hỏi đã được một chuyên viên khác nhận xử lý; không thể giao cho người khác.',
      },
    ]);
    expect((await auditOf(t.prisma, unclaimed.id))[0]).toMatchObject({
      before: { status: 'assigned', assigneeId: staff.expertA },
      after: { status: 'assigned', assigneeId: staff.expertB },
    });
    const kept = await t.prisma.question.findUniqueOrThrow({ where: { id: claimed.id } });
    expect(kept.assigneeId).toBe(staff.expertA);
  });

  it('refuses an assignee who is not a working expert of this department', async () => {
    const question = await ask({ status: 'accepted' });
    for (const assigneeId of [staff.leader, staff.retired, staff.danangExpert, MISSING]) {
      const response = await bulk(moderator, { action: 'assign', ids: [question.id], assigneeId });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([
        {
          field: 'assigneeId',
          code: 'not_an_expert',
          message: 'Chỉ giao được cho chuyên viên đang làm việc của Sở; vui lòng chọn người khác.',
        },
      ]);
    }
    expect(await statusOf(question.id)).toBe('accepted');
  });
});

describe('who may triage', () => {
  it('is moderators only: a leader is refused and nothing changes', async () => {
    const question = await ask();
    const response = await bulk(leader, { action: 'accept', ids: [question.id] });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('forbidden');
    expect(await statusOf(question.id)).toBe('submitted');
  });

  it("reports another department's questions as not found and leaves them alone", async () => {
    const question = await ask();
    const result = (await bulk(danang, { action: 'accept', ids: [question.id] })).json();
    expect(result).toEqual({
      updated: [],
      skipped: [
        {
          id: question.id,
          code: 'not_found',
          message: 'Không tìm thấy câu hỏi này tại đơn vị của bạn.',
        },
      ],
    });
    expect(await statusOf(question.id)).toBe('submitted');
    expect(await auditOf(t.prisma, question.id)).toHaveLength(0);
  });

  it('needs the CSRF token of the session', async () => {
    const question = await ask();
    const response = await moderator.request(
      'POST',
      '/api/desk/questions/bulk',
      { action: 'accept', ids: [question.id] },
      { 'x-csrf-token': 'forged' },
    );
    expect(response.statusCode).toBe(403);
    expect(await statusOf(question.id)).toBe('submitted');
  });
});
