import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerUrl, createDeskTeam, writeAndSubmit } from './support/answering.ts';
import { createExchange } from './support/fixtures.ts';
import { createStaff, signIn } from './support/staff.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';
import { addQuestion, auditOf } from './support/triage.ts';

let t: TestApp;
let team: Awaited<ReturnType<typeof createDeskTeam>>;
let exchangeId: string;
const SECOND = 1000;

beforeAll(async () => {
  t = await startTestApp();
  exchangeId = (
    await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'live', now: t.clock.now() })
  ).id;
  team = await createDeskTeam(t);
});
afterAll(async () => {
  await t?.close();
});

const accepted = (title: string) =>
  addQuestion(t.prisma, { exchangeId, title, status: 'accepted' });
const claimUrl = (id: string, step = 'claim') => `/api/desk/questions/${id}/${step}`;

describe('claiming a question', () => {
  it('gives an unassigned question to the expert who claims it', async () => {
    const question = await accepted('Cấp sổ đỏ cho đất khai hoang');

    const response = await team.khoa.request('POST', claimUrl(question.id));

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'assigned',
      assignee: { id: team.ids.khoa, name: 'Trần Minh Khoa' },
      claimedBy: { id: team.ids.khoa, name: 'Trần Minh Khoa' },
      claimedAt: t.clock.now().toISOString(),
      answer: null,
    });
    const audit = await auditOf(t.prisma, question.id);
    expect(audit.map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      [
        'answer.claim',
        { status: 'accepted', assigneeId: null, claimedById: null },
        { status: 'assigned', assigneeId: team.ids.khoa, claimedById: team.ids.khoa },
      ],
    ]);
  });

  it('lets exactly one of two experts claiming at once win, and names the winner to the other', async () => {
    const question = await accepted('Bồi thường khi thu hồi đất nông nghiệp');

    const [first, second] = await Promise.all([
      team.khoa.request('POST', claimUrl(question.id)),
      team.hoa.request('POST', claimUrl(question.id)),
    ]);

    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = first.statusCode === 200 ? first : second;
    const loser = first.statusCode === 200 ? second : first;
    const winnerName = winner.json().claimedBy.name;
    expect(loser.json()).toMatchObject({
      code: 'claimed_by_other',
      detail: `Câu hỏi đang do ${winnerName} xử lý.`,
    });
    const stored = await t.prisma.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(stored.claimedById).toBe(winner.json().claimedBy.id);
    expect((await auditOf(t.prisma, question.id)).length).toBe(1);
  });

  it('changes nothing when the holder claims again, and keeps an assignment made by a moderator', async () => {
    const question = await addQuestion(t.prisma, {
      exchangeId,
      title: 'Gia hạn giấy phép khai thác nước ngầm',
      status: 'assigned',
      assigneeId: team.ids.hoa,
    });

    expect((await team.khoa.request('POST', claimUrl(question.id))).statusCode).toBe(200);
    const again = await team.khoa.request('POST', claimUrl(question.id));

    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      assignee: { name: 'Lê Thị Hoa' },
      claimedBy: { name: 'Trần Minh Khoa' },
    });
    expect((await auditOf(t.prisma, question.id)).length).toBe(1);
  });

  it('refuses a question that is not ready to be answered, saying at which step it is', async () => {
    const question = await addQuestion(t.prisma, {
      exchangeId,
      title: 'Câu hỏi mới gửi',
      status: 'submitted',
    });

    const response = await team.khoa.request('POST', claimUrl(question.id));

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'question_not_claimable',
      detail: 'Câu hỏi đang ở bước "chờ tiếp nhận" nên không thể nhận xử lý.',
    });
  });

  it('is for experts of the department only: 403 for a moderator, 404 from Đà Nẵng', async () => {
    const question = await accepted('Quy hoạch sử dụng đất cấp huyện');

    const moderator = await team.thu.request('POST', claimUrl(question.id));
    expect(moderator.statusCode).toBe(403);
    expect(moderator.json().code).toBe('forbidden');

    const otherDepartment = await team.danangExpert.request('POST', claimUrl(question.id));
    const missing = await team.khoa.request('POST', claimUrl(randomUUID()));
    expect(otherDepartment.statusCode).toBe(404);
    expect(otherDepartment.json()).toMatchObject({
      code: 'question_not_found',
      detail: missing.json().detail,
    });

    const stored = await t.prisma.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(stored.claimedById).toBeNull();
  });

  it('is released by its holder, after which another expert may claim it', async () => {
    const question = await accepted('Thủ tục tách thửa');
    await team.khoa.request('POST', claimUrl(question.id));

    const notHolder = await team.hoa.request('POST', claimUrl(question.id, 'release'));
    expect(notHolder.statusCode).toBe(409);
    expect(notHolder.json()).toMatchObject({
      code: 'not_claim_holder',
      detail:
        'Câu hỏi đang do Trần Minh Khoa xử lý; chỉ người nhận xử lý mới được làm thao tác này.',
    });

    const released = await team.khoa.request('POST', claimUrl(question.id, 'release'));
    expect(released.statusCode).toBe(200);
    expect(released.json()).toMatchObject({ claimedBy: null, claimedAt: null });

    const again = await team.khoa.request('POST', claimUrl(question.id, 'release'));
    expect(again.json().code).toBe('not_claimed');

    const taken = await team.hoa.request('POST', claimUrl(question.id));
    expect(taken.json().claimedBy.name).toBe('Lê Thị Hoa');
  });

  it('may be released or taken over by a leader, and the audit names who held it', async () => {
    const question = await accepted('Xử lý ô nhiễm làng nghề');
    await team.khoa.request('POST', claimUrl(question.id));

    const byExpert = await team.hoa.request('POST', claimUrl(question.id, 'take-over'));
    expect(byExpert.statusCode).toBe(403);

    const takenOver = await team.an.request('POST', claimUrl(question.id, 'take-over'));
    expect(takenOver.statusCode).toBe(200);
    expect(takenOver.json()).toMatchObject({
      claimedBy: { name: 'Nguyễn Văn An' },
      assignee: { name: 'Trần Minh Khoa' },
    });

    const blocked = await team.khoa.request('PUT', answerUrl(question.id, 'draft'), {
      html: '<p>Bản của tôi</p>',
    });
    expect(blocked.json()).toMatchObject({ code: 'not_claim_holder' });
    expect(blocked.json().detail).toContain('Nguyễn Văn An');

    const released = await team.an.request('POST', claimUrl(question.id, 'release'));
    expect(released.json().claimedBy).toBeNull();

    const audit = await auditOf(t.prisma, question.id);
    expect(audit.map((entry) => entry.action)).toEqual([
      'answer.claim',
      'answer.take_over',
      'answer.release',
    ]);
    expect(audit[1]?.before).toMatchObject({
      claimedById: team.ids.khoa,
      claimedByName: 'Trần Minh Khoa',
    });
    expect(audit[1]?.actorId).toBe(team.ids.an);
    expect(audit[2]?.before).toMatchObject({ claimedByName: 'Nguyễn Văn An' });
  });
});

describe('writing the answer', () => {
  it('is for the claim holder only', async () => {
    const question = await accepted('Đăng ký biến động đất đai');

    const unclaimed = await team.khoa.request('PUT', answerUrl(question.id, 'draft'), {
      html: '<p>Trả lời</p>',
    });
    expect(unclaimed.statusCode).toBe(409);
    expect(unclaimed.json()).toMatchObject({
      code: 'not_claim_holder',
      detail: 'Bạn cần nhận xử lý câu hỏi trước khi làm thao tác này.',
    });

    await team.khoa.request('POST', claimUrl(question.id));
    const other = await team.hoa.request('PUT', answerUrl(question.id, 'draft'), {
      html: '<p>Trả lời</p>',
    });
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('not_claim_holder');

    const moderator = await team.thu.request('PUT', answerUrl(question.id, 'draft'), {
      html: '<p>Trả lời</p>',
    });
    expect(moderator.statusCode).toBe(403);

    const otherDepartment = await team.danangExpert.request(
      'PUT',
      answerUrl(question.id, 'draft'),
      { html: '<p>Trả lời</p>' },
    );
    expect(otherDepartment.statusCode).toBe(404);

    expect(await t.prisma.answer.count({ where: { questionId: question.id } })).toBe(0);
  });

  it('is kept in the database, so a reload or another device finds the draft', async () => {
    const question = await accepted('Cấp phép xả thải vào nguồn nước');
    await team.khoa.request('POST', claimUrl(question.id));

    const saved = await team.khoa.request('PUT', answerUrl(question.id, 'draft'), {
      html: '<p>Theo Luật Tài nguyên nước năm 2023, …</p>',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      status: 'drafted',
      answer: {
        status: 'draft',
        html: '<p>Theo Luật Tài nguyên nước năm 2023, …</p>',
        author: { id: team.ids.khoa, name: 'Trần Minh Khoa' },
        publicNow: false,
        revisionCount: 1,
      },
    });

    const reloaded = await signIn(t, 'hanoi', 'khoa@hanoi.test');
    const mine = (await reloaded.request('GET', '/api/desk/my-questions')).json();
    const found = mine.items.find((item: { id: string }) => item.id === question.id);
    expect(found.answer.html).toBe('<p>Theo Luật Tài nguyên nước năm 2023, …</p>');
  });

  it('removes scripts, event handlers, images and javascript: links, and keeps the allowed formatting', async () => {
    const question = await accepted('Trả lời có định dạng');
    await team.khoa.request('POST', claimUrl(question.id));

    const response = await team.khoa.request('PUT', answerUrl(question.id, 'draft'), {
      html: [
        '<h3 onclick="steal()">Căn cứ pháp lý</h3>',
        '<p style="color:red">Theo <strong>Điều 45</strong> <em>Luật Đất đai</em> <u>2024</u> <s>cũ</s>.<script>alert(1)</script></p>',
        '<ul><li>Một</li></ul><ol><li>Hai</li></ol><blockquote>Trích dẫn</blockquote><h4>Ghi chú</h4>',
        '<img src="x" onerror="steal()"><iframe src="https://evil.example"></iframe><style>p{}</style>',
        '<p><a href="javascript:alert(1)">bấm vào đây</a> <a href="https://thuvienphapluat.vn/luat" target="_self" onclick="x()">văn bản</a> <a href="mailto:sotnmt@hanoi.gov.vn">thư</a></p>',
      ].join(''),
    });

    const html: string = response.json().answer.html;
    expect(html).toBe(
      [
        '<h3>Căn cứ pháp lý</h3>',
        '<p>Theo <strong>Điều 45</strong> <em>Luật Đất đai</em> <u>2024</u> <s>cũ</s>.</p>',
        '<ul><li>Một</li></ul><ol><li>Hai</li></ol><blockquote>Trích dẫn</blockquote><h4>Ghi chú</h4>',
        '<p>bấm vào đây ',
        '<a href="https://thuvienphapluat.vn/luat" rel="noopener noreferrer nofollow" target="_blank">văn bản</a> ',
        '<a href="mailto:sotnmt@hanoi.gov.vn" rel="noopener noreferrer nofollow" target="_blank">thư</a></p>',
      ].join(''),
    );
    const stored = await t.prisma.answer.findUniqueOrThrow({ where: { questionId: question.id } });
    expect(stored.bodyHtml).toBe(html);
    expect(stored.bodyHtml).not.toMatch(/script|onclick|onerror|javascript:|<img|<iframe|style/);
  });

  it('refuses an answer longer than the limit with a Vietnamese message', async () => {
    const question = await accepted('Trả lời quá dài');
    await team.khoa.request('POST', claimUrl(question.id));

    const response = await team.khoa.request('PUT', answerUrl(question.id, 'draft'), {
      html: 'a'.repeat(50_001),
    });

    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({
      field: 'html',
      message: 'Câu trả lời quá dài.',
    });
  });
});

describe('revisions', () => {
  it('keep every version, refining one while the same author autosaves within two minutes', async () => {
    const question = await accepted('Lịch sử các bản trả lời');
    await team.khoa.request('POST', claimUrl(question.id));
    const save = (html: string) =>
      team.khoa.request('PUT', answerUrl(question.id, 'draft'), { html });
    const revisions = async () =>
      (await team.thu.request('GET', answerUrl(question.id, 'revisions'))).json().items as {
        html: string;
        author: { name: string };
        note: string | null;
      }[];

    await save('<p>Kính gửi</p>');
    t.clock.advance(5 * SECOND);
    await save('<p>Kính gửi ông</p>');
    t.clock.advance(5 * SECOND);
    const unchanged = await save('<p>Kính gửi ông</p>');
    expect(unchanged.json().answer.revisionCount).toBe(1);
    expect(await revisions()).toMatchObject([{ html: '<p>Kính gửi ông</p>' }]);

    t.clock.advance(3 * 60 * SECOND);
    await save('<p>Kính gửi ông Dũng,</p>');
    expect((await revisions()).map((r) => r.html)).toEqual([
      '<p>Kính gửi ông Dũng,</p>',
      '<p>Kính gửi ông</p>',
    ]);

    // A leader who takes over writes a revision of their own, however soon.
    await team.an.request('POST', claimUrl(question.id, 'take-over'));
    t.clock.advance(5 * SECOND);
    await team.an.request('PUT', answerUrl(question.id, 'draft'), {
      html: '<p>Kính gửi ông Dũng, Sở trả lời như sau.</p>',
    });
    const history = await revisions();
    expect(history.map((r) => r.author.name)).toEqual([
      'Nguyễn Văn An',
      'Trần Minh Khoa',
      'Trần Minh Khoa',
    ]);

    // One audit entry per revision kept, none for the autosaves folded into one.
    const audit = await auditOf(t.prisma, await answerId(question.id));
    expect(audit.filter((entry) => entry.action === 'answer.draft_saved').length).toBe(3);
  });

  it('start afresh after a submission, even within two minutes', async () => {
    const question = await accepted('Bản gửi duyệt được giữ nguyên');
    await writeAndSubmit(team.khoa, question.id, '<p>Bản gửi lãnh đạo</p>');
    await team.an.request('POST', answerUrl(question.id, 'return'), {
      comment: 'Bổ sung căn cứ pháp lý.',
    });

    t.clock.advance(10 * SECOND);
    await team.khoa.request('PUT', answerUrl(question.id, 'draft'), {
      html: '<p>Bản gửi lãnh đạo, có căn cứ.</p>',
    });

    const items = (await team.khoa.request('GET', answerUrl(question.id, 'revisions'))).json()
      .items;
    expect(items.map((r: { html: string; note: string | null }) => [r.html, r.note])).toEqual([
      ['<p>Bản gửi lãnh đạo, có căn cứ.</p>', null],
      ['<p>Bản gửi lãnh đạo</p>', 'Bản gửi duyệt'],
    ]);
    const audit = await auditOf(t.prisma, await answerId(question.id));
    expect(audit.filter((entry) => entry.action === 'answer.draft_saved').length).toBe(2);
  });

  it('are read by any staff of the department, and by nobody elsewhere', async () => {
    const question = await accepted('Ai được xem lịch sử');

    const empty = await team.thu.request('GET', answerUrl(question.id, 'revisions'));
    expect(empty.json()).toEqual({ items: [] });

    const otherDepartment = await team.danangLeader.request(
      'GET',
      answerUrl(question.id, 'revisions'),
    );
    expect(otherDepartment.statusCode).toBe(404);
  });
});

describe('sending for review', () => {
  it('needs an answer with words in it', async () => {
    const question = await accepted('Gửi duyệt bản trống');
    await team.khoa.request('POST', claimUrl(question.id));

    const nothing = await team.khoa.request('POST', answerUrl(question.id, 'submit'));
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json()).toMatchObject({
      code: 'answer_empty',
      detail: 'Câu trả lời chưa có nội dung; vui lòng soạn trước khi gửi duyệt.',
    });

    await team.khoa.request('PUT', answerUrl(question.id, 'draft'), { html: '<p> <br></p>' });
    const blank = await team.khoa.request('POST', answerUrl(question.id, 'submit'));
    expect(blank.json().code).toBe('answer_empty');
    const stored = await t.prisma.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(stored.status).toBe('drafted');
  });

  it('puts the answer in review, where its writer can no longer change it', async () => {
    const question = await accepted('Gửi duyệt và khóa sửa');

    const submitted = await writeAndSubmit(team.khoa, question.id, '<p>Sở trả lời …</p>');
    expect(submitted).toMatchObject({
      status: 'in_review',
      claimedBy: { name: 'Trần Minh Khoa' },
      answer: { status: 'in_review', html: '<p>Sở trả lời …</p>' },
    });

    const edit = await team.khoa.request('PUT', answerUrl(question.id, 'draft'), {
      html: '<p>Sửa lén</p>',
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({
      code: 'answer_not_editable',
      detail: 'Câu hỏi đang ở bước "chờ lãnh đạo duyệt" nên không thể sửa hoặc gửi câu trả lời.',
    });
    const again = await team.khoa.request('POST', answerUrl(question.id, 'submit'));
    expect(again.json().code).toBe('answer_not_editable');

    const actions = (await auditOf(t.prisma, await answerId(question.id))).map((e) => [
      e.action,
      e.before,
      e.after,
    ]);
    expect(actions.at(-1)).toEqual([
      'answer.submit',
      { status: 'draft', questionStatus: 'drafted' },
      { status: 'in_review', questionStatus: 'in_review' },
    ]);
  });

  it('is only for the claim holder', async () => {
    const question = await accepted('Người khác gửi duyệt');
    await team.khoa.request('POST', claimUrl(question.id));
    await team.khoa.request('PUT', answerUrl(question.id, 'draft'), { html: '<p>Nội dung</p>' });

    const other = await team.hoa.request('POST', answerUrl(question.id, 'submit'));
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('not_claim_holder');
  });
});

describe('my questions', () => {
  it('lists what is assigned to or claimed by me and not yet approved, latest activity first', async () => {
    const minh = await createStaff(t.prisma, {
      tenantSlug: 'hanoi',
      email: 'minh@hanoi.test',
      roles: ['expert'],
      name: 'Phạm Minh',
    });
    const expert = await signIn(t, 'hanoi', 'minh@hanoi.test');
    const assigned = await addQuestion(t.prisma, {
      exchangeId,
      title: 'Được phân công cho tôi',
      status: 'assigned',
      assigneeId: minh.id,
    });
    const claimed = await accepted('Tôi tự nhận');
    await addQuestion(t.prisma, {
      exchangeId,
      title: 'Đã duyệt',
      status: 'approved',
      assigneeId: minh.id,
    });
    await addQuestion(t.prisma, {
      exchangeId,
      title: 'Của người khác',
      status: 'assigned',
      assigneeId: team.ids.hoa,
    });

    await expert.request('POST', claimUrl(claimed.id));
    t.clock.advance(60 * SECOND);
    await expert.request('POST', claimUrl(assigned.id));

    const response = await expert.request('GET', '/api/desk/my-questions');
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((item: { title: string }) => item.title)).toEqual([
      'Được phân công cho tôi',
      'Tôi tự nhận',
    ]);
    // Staff of the department see how to reach the asker.
    expect(items[0]).toMatchObject({ email: 'mai.hoang@example.vn', phone: '0904111222' });

    expect((await team.thu.request('GET', '/api/desk/my-questions')).statusCode).toBe(403);
    expect((await team.danangExpert.request('GET', '/api/desk/my-questions')).json()).toEqual({
      items: [],
    });
  });
});

async function answerId(questionId: string): Promise<string> {
  const answer = await t.prisma.answer.findUniqueOrThrow({ where: { questionId } });
  return answer.id;
}
