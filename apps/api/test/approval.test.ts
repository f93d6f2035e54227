import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerUrl,
  createDeskTeam,
  feedTitles,
  track,
  writeAndSubmit,
} from './support/answering.ts';
import { createExchange } from './support/fixtures.ts';
import { createStaff, signIn } from './support/staff.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';
import { addQuestion, auditOf } from './support/triage.ts';

let t: TestApp;
let team: Awaited<ReturnType<typeof createDeskTeam>>;
let liveId: string;
const DEPARTMENT = 'Sở Tài nguyên và Môi trường thành phố Hà Nội';

beforeAll(async () => {
  t = await startTestApp();
  liveId = (
    await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'live', now: t.clock.now() })
  ).id;
  team = await createDeskTeam(t);
});
afterAll(async () => {
  await t?.close();
});

/** A question whose answer an expert has written and sent for review. */
async function inReview(title: string, html = `<p>Trả lời: ${title}</p>`) {
  const question = await addQuestion(t.prisma, { exchangeId: liveId, title, status: 'accepted' });
  await writeAndSubmit(team.khoa, question.id, html);
  return question;
}

async function answerAudit(questionId: string) {
  const answer = await t.prisma.answer.findUniqueOrThrow({ where: { questionId } });
  return auditOf(t.prisma, answer.id);
}

describe('returning an answer', () => {
  it('sends it back with the comment, and the expert revises and resends it', async () => {
    const question = await inReview('Hồ sơ chuyển mục đích sử dụng đất');

    const returned = await team.an.request('POST', answerUrl(question.id, 'return'), {
      comment: 'Cần dẫn Điều 121 Luật Đất đai 2024.',
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'returned',
      claimedBy: { name: 'Trần Minh Khoa' },
      answer: { status: 'returned', reviewComment: 'Cần dẫn Điều 121 Luật Đất đai 2024.' },
    });

    const mine = (await team.khoa.request('GET', '/api/desk/my-questions')).json().items;
    expect(mine.find((q: { id: string }) => q.id === question.id).answer.reviewComment).toBe(
      'Cần dẫn Điều 121 Luật Đất đai 2024.',
    );

    const revised = await team.khoa.request('PUT', answerUrl(question.id, 'draft'), {
      html: '<p>Theo Điều 121 Luật Đất đai 2024, …</p>',
    });
    expect(revised.json()).toMatchObject({ status: 'drafted', answer: { status: 'draft' } });
    const resent = await team.khoa.request('POST', answerUrl(question.id, 'submit'));
    expect(resent.json()).toMatchObject({ status: 'in_review', answer: { status: 'in_review' } });

    const audit = await answerAudit(question.id);
    expect(audit.map((entry) => entry.action)).toEqual([
      'answer.draft_saved',
      'answer.submit',
      'answer.return',
      'answer.draft_saved',
      'answer.submit',
    ]);
    expect(audit[2]).toMatchObject({
      actorId: team.ids.an,
      before: { status: 'in_review', questionStatus: 'in_review' },
      after: { status: 'returned', questionStatus: 'returned' },
    });
  });

  it('needs a comment the expert can act on', async () => {
    const question = await inReview('Trả lại không có nhận xét');

    const response = await team.an.request('POST', answerUrl(question.id, 'return'), {
      comment: ' ',
    });

    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({
      field: 'comment',
      message: 'Nhận xét cần ít nhất 3 ký tự.',
    });
  });
});

describe('approving an answer', () => {
  it('during the live exchange makes it public at once, in the name of the approving leader', async () => {
    const question = await inReview('Thời hạn cấp giấy chứng nhận');

    const approved = await team.an.request('POST', answerUrl(question.id, 'approve'));

    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      claimedBy: null,
      claimedAt: null,
      answer: {
        status: 'approved',
        publishAt: t.clock.now().toISOString(),
        publicNow: true,
        answeredBy: {
          name: 'Nguyễn Văn An',
          position: 'Phó Giám đốc Sở',
          organisation: DEPARTMENT,
        },
      },
    });
    expect(await feedTitles(t, liveId)).toContain('Thời hạn cấp giấy chứng nhận');
    const tracked = await track(t, question.trackingCode);
    expect(tracked).toMatchObject({
      status: 'answered',
      answer: {
        html: '<p>Trả lời: Thời hạn cấp giấy chứng nhận</p>',
        answeredBy: { name: 'Nguyễn Văn An', organisation: DEPARTMENT },
      },
    });

    const stored = await t.prisma.answer.findUniqueOrThrow({ where: { questionId: question.id } });
    expect(stored).toMatchObject({ approvedById: team.ids.an, approvedAt: t.clock.now() });
    expect((await answerAudit(question.id)).at(-1)).toMatchObject({
      action: 'answer.approve',
      before: { status: 'in_review', questionStatus: 'in_review' },
      after: { status: 'approved', questionStatus: 'approved', preAnswer: false },
    });
  });

  it('leaves the expert’s list once approved', async () => {
    const question = await inReview('Rời khỏi danh sách khi đã duyệt');
    await team.an.request('POST', answerUrl(question.id, 'approve'));

    const mine = (await team.khoa.request('GET', '/api/desk/my-questions')).json().items;
    expect(mine.map((q: { id: string }) => q.id)).not.toContain(question.id);
  });

  it('is a leader’s decision: an expert gets 403, a leader of another department 404', async () => {
    const question = await inReview('Ai được duyệt');

    for (const step of ['approve', 'return']) {
      const payload = step === 'return' ? { comment: 'Nhận xét đủ dài.' } : undefined;
      const byExpert = await team.khoa.request('POST', answerUrl(question.id, step), payload);
      expect(byExpert.statusCode).toBe(403);
      const elsewhere = await team.danangLeader.request(
        'POST',
        answerUrl(question.id, step),
        payload,
      );
      expect(elsewhere.statusCode).toBe(404);
      expect(elsewhere.json().code).toBe('question_not_found');
    }

    const stored = await t.prisma.answer.findUniqueOrThrow({ where: { questionId: question.id } });
    expect(stored.status).toBe('in_review');
    expect(await feedTitles(t, liveId)).not.toContain('Ai được duyệt');
  });

  it('is open to a person who is both expert and leader', async () => {
    await createStaff(t.prisma, {
      tenantSlug: 'hanoi',
      email: 'binh@hanoi.test',
      roles: ['expert', 'leader'],
      name: 'Đỗ Bình',
      position: 'Trưởng phòng',
    });
    const binh = await signIn(t, 'hanoi', 'binh@hanoi.test');
    const question = await addQuestion(t.prisma, {
      exchangeId: liveId,
      title: 'Một người hai vai trò',
      status: 'accepted',
    });

    await writeAndSubmit(binh, question.id, '<p>Tự soạn, tự duyệt.</p>');
    const approved = await binh.request('POST', answerUrl(question.id, 'approve'));

    expect(approved.json().answer.answeredBy).toMatchObject({
      name: 'Đỗ Bình',
      position: 'Trưởng phòng',
    });
  });

  it('only happens to an answer in review', async () => {
    const drafting = await addQuestion(t.prisma, {
      exchangeId: liveId,
      title: 'Còn đang soạn',
      status: 'accepted',
    });
    await team.khoa.request('POST', `/api/desk/questions/${drafting.id}/claim`);
    await team.khoa.request('PUT', answerUrl(drafting.id, 'draft'), { html: '<p>Nháp</p>' });

    const early = await team.an.request('POST', answerUrl(drafting.id, 'approve'));
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: 'answer_not_in_review',
      detail: 'Câu trả lời không ở bước chờ duyệt.',
    });

    const noAnswer = await addQuestion(t.prisma, {
      exchangeId: liveId,
      title: 'Chưa có trả lời',
      status: 'accepted',
    });
    expect((await team.an.request('POST', answerUrl(noAnswer.id, 'approve'))).statusCode).toBe(409);

    const done = await inReview('Duyệt hai lần');
    expect((await team.an.request('POST', answerUrl(done.id, 'approve'))).statusCode).toBe(200);
    const twice = await team.an.request('POST', answerUrl(done.id, 'approve'));
    expect(twice.json().code).toBe('answer_not_in_review');
    const returnedLate = await team.an.request('POST', answerUrl(done.id, 'return'), {
      comment: 'Muộn rồi.',
    });
    expect(returnedLate.json().code).toBe('answer_not_in_review');
    expect(await feedTitles(t, liveId)).toContain('Duyệt hai lần');
  });
});

describe('withdrawing and republishing', () => {
  it('removes a published answer from the feed and the tracking page, keeping the reason', async () => {
    const question = await inReview('Câu trả lời cần gỡ');
    await team.an.request('POST', answerUrl(question.id, 'approve'));
    expect(await feedTitles(t, liveId)).toContain('Câu trả lời cần gỡ');

    const withdrawn = await team.an.request('POST', answerUrl(question.id, 'unpublish'), {
      reason: 'Dẫn sai số hiệu văn bản.',
    });

    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().answer).toMatchObject({
      status: 'approved',
      publicNow: false,
      unpublishedAt: t.clock.now().toISOString(),
      unpublishReason: 'Dẫn sai số hiệu văn bản.',
    });
    expect(await feedTitles(t, liveId)).not.toContain('Câu trả lời cần gỡ');
    const tracked = await track(t, question.trackingCode);
    expect(tracked.status).toBe('processing');
    expect(tracked.answer).toBeNull();

    const again = await team.an.request('POST', answerUrl(question.id, 'unpublish'), {
      reason: 'Gỡ thêm lần nữa.',
    });
    expect(again.json()).toMatchObject({
      code: 'answer_already_withdrawn',
      detail: 'Câu trả lời đã được gỡ khỏi trang công khai.',
    });

    t.clock.advance(60_000);
    const back = await team.an.request('POST', answerUrl(question.id, 'publish-now'), {
      confirm: true,
    });
    expect(back.json().answer).toMatchObject({
      publicNow: true,
      unpublishedAt: null,
      publishAt: t.clock.now().toISOString(),
    });
    expect(await feedTitles(t, liveId)).toContain('Câu trả lời cần gỡ');

    expect((await answerAudit(question.id)).slice(-2)).toMatchObject([
      {
        action: 'answer.unpublish',
        after: { unpublishReason: 'Dẫn sai số hiệu văn bản.' },
      },
      { action: 'answer.publish_now', after: { unpublishedAt: null } },
    ]);
  });

  it('needs a reason, a leader, and an approved answer', async () => {
    const question = await inReview('Gỡ khi chưa duyệt');

    const noReason = await team.an.request('POST', answerUrl(question.id, 'unpublish'), {
      reason: 'Sai',
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0]).toMatchObject({
      field: 'reason',
      message: 'Lý do gỡ cần ít nhất 5 ký tự.',
    });

    const byExpert = await team.khoa.request('POST', answerUrl(question.id, 'unpublish'), {
      reason: 'Chuyên viên muốn gỡ.',
    });
    expect(byExpert.statusCode).toBe(403);

    const notApproved = await team.an.request('POST', answerUrl(question.id, 'unpublish'), {
      reason: 'Chưa duyệt mà đã gỡ.',
    });
    expect(notApproved.json()).toMatchObject({
      code: 'answer_not_approved',
      detail: 'Câu trả lời chưa được duyệt.',
    });
  });

  it('refuses to publish now without an explicit confirmation, and an answer already public', async () => {
    const question = await inReview('Công bố ngay khi đã công khai');
    await team.an.request('POST', answerUrl(question.id, 'approve'));

    for (const body of [{}, { confirm: false }]) {
      const refused = await team.an.request('POST', answerUrl(question.id, 'publish-now'), body);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().errors[0]).toMatchObject({
        field: 'confirm',
        message: 'Cần xác nhận rằng câu trả lời sẽ được công khai ngay.',
      });
    }

    const already = await team.an.request('POST', answerUrl(question.id, 'publish-now'), {
      confirm: true,
    });
    expect(already.statusCode).toBe(409);
    expect(already.json()).toMatchObject({
      code: 'answer_already_public',
      detail: 'Câu trả lời đã được công khai.',
    });
  });
});
