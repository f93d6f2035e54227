import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExchange } from './support/fixtures.ts';
import { createStaff, type StaffClient, signIn } from './support/staff.ts';
import { hostOf, startTestApp, type TestApp } from './support/test-app.ts';
import { addQuestion } from './support/triage.ts';

let t: TestApp;
let exchangeId: string;
let draftId: string;
let danangExchangeId: string;
let moderator: StaffClient;
let leaderExpert: StaffClient;
let expert: StaffClient;
let danang: StaffClient;
const ids: Record<string, string> = {};
const staffIds: Record<string, string> = {};

const HOUR = 3_600_000;
const base = new Date('2026-12-20T01:00:00Z');
const at = (hours: number) => new Date(base.getTime() + hours * HOUR);

beforeAll(async () => {
  t = await startTestApp();
  const now = t.clock.now();
  const fieldSlugs = ['dat-dai', 'moi-truong', 'tai-nguyen-nuoc'];
  exchangeId = (
    await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'live', now, fieldSlugs })
  ).id;
  draftId = (await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'draft', now })).id;
  danangExchangeId = (await createExchange(t.prisma, { tenantSlug: 'danang', kind: 'live', now }))
    .id;

  for (const [key, email, roles, name] of [
    ['moderator', 'mod@hanoi.test', ['moderator'], 'Lê Thu'],
    ['leaderExpert', 'lead@hanoi.test', ['leader', 'expert'], 'Trần Minh'],
    ['expertA', 'a@hanoi.test', ['expert'], 'Bùi An'],
    ['expertB', 'b@hanoi.test', ['expert'], 'Đỗ Bình'],
    ['admin', 'admin@hanoi.test', ['admin'], 'Vũ Hà'],
    ['danang', 'mod@danang.test', ['moderator'], 'Phan Đà'],
  ] as const) {
    const tenantSlug = key === 'danang' ? 'danang' : 'hanoi';
    staffIds[key] = (
      await createStaff(t.prisma, { tenantSlug, email, roles: [...roles], name })
    ).id;
  }
  const disabled = await createStaff(t.prisma, {
    tenantSlug: 'hanoi',
    email: 'old@hanoi.test',
    roles: ['expert'],
    name: 'Cán bộ đã nghỉ',
  });
  await t.prisma.staffUser.update({ where: { id: disabled.id }, data: { disabledAt: now } });
  await createStaff(t.prisma, { tenantSlug: 'danang', email: 'x@danang.test', roles: ['expert'] });

  const add = async (
    key: string,
    options: Omit<Parameters<typeof addQuestion>[1], 'exchangeId'>,
  ) => {
    ids[key] = (await addQuestion(t.prisma, { exchangeId, ...options })).id;
  };
  await add('dispute', {
    title: 'Tranh chấp đất đai giữa hai hộ gia đình',
    createdAt: at(1),
  });
  await add('inheritance', {
    title: 'Cấp giấy chứng nhận cho thửa đất thừa kế',
    body: 'Gia đình tôi nhận thừa kế, xin hỏi thủ tục đăng ký đất đai thế nào?',
    status: 'accepted',
    channel: 'phone',
    createdAt: at(2),
  });
  await add('noise', {
    title: 'Ô nhiễm tiếng ồn từ xưởng gỗ',
    fieldSlug: 'moi-truong',
    createdAt: at(3),
  });
  await add('groundwater', {
    title: 'Khai thác nước ngầm không phép',
    fieldSlug: 'tai-nguyen-nuoc',
    channel: 'letter',
    status: 'assigned',
    assigneeId: staffIds.expertA,
    createdAt: at(4),
  });
  await add('waste', {
    title: 'Xử lý rác thải sinh hoạt ở khu dân cư',
    fieldSlug: 'moi-truong',
    channel: 'email',
    status: 'assigned',
    assigneeId: staffIds.leaderExpert,
    createdAt: at(5),
  });
  await add('compensation', {
    title: 'Giá bồi thường khi Nhà nước thu hồi đất',
    status: 'rejected',
    createdAt: at(6),
  });
  await add('percent', {
    title: 'Được giảm 50% tiền sử dụng đất không?',
    status: 'accepted',
    createdAt: at(7),
  });
  await add('fivehundred', {
    title: 'Diện tích 500 mét vuông có được tách thửa?',
    status: 'accepted',
    createdAt: at(8),
  });
  ids.draftQuestion = (
    await addQuestion(t.prisma, { exchangeId: draftId, title: 'Câu hỏi của buổi chưa công bố' })
  ).id;
  ids.danangQuestion = (
    await addQuestion(t.prisma, { exchangeId: danangExchangeId, title: 'Đất đai ven biển Đà Nẵng' })
  ).id;

  moderator = await signIn(t, 'hanoi', 'mod@hanoi.test');
  leaderExpert = await signIn(t, 'hanoi', 'lead@hanoi.test');
  expert = await signIn(t, 'hanoi', 'a@hanoi.test');
  danang = await signIn(t, 'danang', 'mod@danang.test');
});
afterAll(async () => {
  await t?.close();
});

const queue = (client: StaffClient, query = '', id = exchangeId) =>
  client.request('GET', `/api/desk/exchanges/${id}/questions${query ? `?${query}` : ''}`);

const titlesOf = (response: { json(): { items: { title: string }[] } }) =>
  response.json().items.map((item) => item.title);

const keysOf = (response: { json(): { items: { id: string }[] } }) =>
  response.json().items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0]);

describe('the triage queue', () => {
  it('lists every question of the exchange, newest first, with a count per status', async () => {
    const response = await queue(moderator);
    expect(response.statusCode).toBe(200);
    const page = response.json();

    expect(keysOf(response)).toEqual([
      'fivehundred',
      'percent',
      'compensation',
      'waste',
      'groundwater',
      'noise',
      'inheritance',
      'dispute',
    ]);
    expect(page).toMatchObject({ total: 8, page: 1, pageSize: 25 });
    expect(page.countsByStatus).toEqual({
      submitted: 2,
      accepted: 3,
      rejected: 1,
      merged: 0,
      assigned: 2,
      drafted: 0,
      in_review: 0,
      returned: 0,
      approved: 0,
      escalated: 0,
    });
  });

  it('shows what a moderator scans, without the contact details', async () => {
    const page = (await queue(moderator)).json();
    const groundwater = page.items.find((item: { id: string }) => item.id === ids.groundwater);
    expect(groundwater).toMatchObject({
      status: 'assigned',
      channel: 'letter',
      askerName: 'Hoàng Thị Mai',
      field: { slug: 'tai-nguyen-nuoc', nameVi: 'Tài nguyên nước' },
      assignee: { id: staffIds.expertA, name: 'Bùi An' },
      claimedBy: null,
      excerpt: 'Xin hỏi Sở về vấn đề: khai thác nước ngầm không phép.',
    });
    expect(JSON.stringify(page)).not.toContain('mai.hoang@example.vn');
    expect(JSON.stringify(page)).not.toContain('0904111222');
  });

  it('combines filters, and counts each status under the other filters', async () => {
    const response = await queue(moderator, 'status=submitted&field=dat-dai');
    expect(keysOf(response)).toEqual(['dispute']);
    expect(response.json().total).toBe(1);
    // The tabs show what each status would hold among the land questions.
    expect(response.json().countsByStatus).toMatchObject({
      submitted: 1,
      accepted: 3,
      rejected: 1,
      assigned: 0,
    });

    const several = await queue(moderator, 'status=accepted,rejected&field=dat-dai');
    expect(several.json().total).toBe(4);
    expect(keysOf(several)).toEqual(['fivehundred', 'percent', 'compensation', 'inheritance']);
  });

  it('filters by channel and by assignee: a person, nobody, or oneself', async () => {
    expect(keysOf(await queue(moderator, 'channel=phone,letter'))).toEqual([
      'groundwater',
      'inheritance',
    ]);
    expect(keysOf(await queue(moderator, `assignee=${staffIds.expertA}`))).toEqual(['groundwater']);
    expect((await queue(moderator, 'assignee=none')).json().total).toBe(6);
    expect(keysOf(await queue(leaderExpert, 'assignee=me'))).toEqual(['waste']);
    expect((await queue(moderator, 'assignee=me')).json().total).toBe(0);
  });

  it('filters by when the question arrived, the end being exclusive', async () => {
    const from = at(2).toISOString();
    const to = at(4).toISOString();
    expect(keysOf(await queue(moderator, `from=${from}&to=${to}`))).toEqual([
      'noise',
      'inheritance',
    ]);
    // Vietnam time works as well as UTC: 09:30+07:00 is 02:30Z.
    expect(keysOf(await queue(moderator, 'to=2026-12-20T09:30:00%2B07:00'))).toEqual(['dispute']);
  });

  it('finds "đất đai" when searched as "dat dai", in the title or the body, in any case', async () => {
    expect(keysOf(await queue(moderator, 'q=dat%20dai'))).toEqual(['inheritance', 'dispute']);
    expect(keysOf(await queue(moderator, `q=${encodeURIComponent('ĐẤT ĐAI')}`))).toEqual([
      'inheritance',
      'dispute',
    ]);
    expect(keysOf(await queue(moderator, `q=${encodeURIComponent('  tiếng ồn ')}`))).toEqual([
      'noise',
    ]);
  });

  it('searches for % and _ literally, not as wildcards', async () => {
    expect(keysOf(await queue(moderator, `q=${encodeURIComponent('50%')}`))).toEqual(['percent']);
    expect((await queue(moderator, `q=${encodeURIComponent('5_0')}`)).json().total).toBe(0);
  });

  it('combines search with the counts', async () => {
    const page = (await queue(moderator, 'q=dat%20dai&status=accepted')).json();
    expect(page.total).toBe(1);
    expect(page.countsByStatus).toMatchObject({ submitted: 1, accepted: 1, rejected: 0 });
  });

  it('sorts oldest first, by status in workflow order, and by field', async () => {
    expect(keysOf(await queue(moderator, 'sort=oldest')).slice(0, 3)).toEqual([
      'dispute',
      'inheritance',
      'noise',
    ]);
    expect(keysOf(await queue(moderator, 'sort=status'))).toEqual([
      'noise',
      'dispute',
      'fivehundred',
      'percent',
      'inheritance',
      'compensation',
      'waste',
      'groundwater',
    ]);
    // Fields in their reference order: đất đai, môi trường, tài nguyên nước.
    expect(keysOf(await queue(moderator, 'sort=field'))).toEqual([
      'fivehundred',
      'percent',
      'compensation',
      'inheritance',
      'dispute',
      'waste',
      'noise',
      'groundwater',
    ]);
  });

  it('pages without repeating or losing a question, and keeps the total', async () => {
    const pages = await Promise.all(
      [1, 2, 3].map((page) => queue(moderator, `pageSize=3&page=${page}`)),
    );
    expect(pages.map((page) => page.json().items.length)).toEqual([3, 3, 2]);
    expect(pages.map((page) => page.json().total)).toEqual([8, 8, 8]);
    const all = pages.flatMap((page) => keysOf(page));
    expect(new Set(all).size).toBe(8);
    expect((await queue(moderator, 'pageSize=3&page=9')).json().items).toEqual([]);
  });

  it('shows staff the questions of a draft exchange too', async () => {
    const response = await queue(moderator, '', draftId);
    expect(titlesOf(response)).toEqual(['Câu hỏi của buổi chưa công bố']);
  });

  it('is open to moderators, leaders and admins, not to experts or strangers', async () => {
    const admin = await signIn(t, 'hanoi', 'admin@hanoi.test');
    expect((await queue(admin)).statusCode).toBe(200);
    expect((await queue(leaderExpert)).statusCode).toBe(200);

    const forbidden = await queue(expert);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({
      code: 'forbidden',
      detail: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
    });

    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/desk/exchanges/${exchangeId}/questions`,
      headers: { host: hostOf('hanoi') },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it("answers 404 for another department's exchange, exactly as for a missing one", async () => {
    const foreign = await queue(danang);
    const missing = await queue(danang, '', '00000000-0000-4000-8000-000000000000');
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(foreign.json().code).toBe('exchange_not_found');
    expect(foreign.json().detail).toBe(missing.json().detail);
    expect(foreign.body).not.toContain('Tranh chấp');

    // And danang's own queue holds only danang's question.
    expect(titlesOf(await queue(danang, '', danangExchangeId))).toEqual([
      'Đất đai ven biển Đà Nẵng',
    ]);
  });

  it('names a wrong filter in Vietnamese', async () => {
    const response = await queue(
      moderator,
      'status=pending&from=2026-12-21T00:00:00Z&to=2026-12-20T00:00:00Z',
    );
    expect(response.statusCode).toBe(422);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['status.0']));

    const range = await queue(moderator, 'from=2026-12-21T00:00:00Z&to=2026-12-20T00:00:00Z');
    expect(range.statusCode).toBe(422);
    expect(range.json().errors).toEqual([
      {
        field: 'to',
        code: 'end_before_start',
        message: 'Thời điểm “đến” phải sau thời điểm “từ”.',
      },
    ]);
  });
});

describe('one question at the desk', () => {
  const read = (client: StaffClient, id: string) =>
    client.request('GET', `/api/desk/questions/${id}`);

  it('shows staff of any role the contact details and the whole text', async () => {
    const response = await read(expert, ids.groundwater as string);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: ids.groundwater,
      exchangeId,
      status: 'assigned',
      channel: 'letter',
      email: 'mai.hoang@example.vn',
      phone: '0904111222',
      body: 'Xin hỏi Sở về vấn đề: khai thác nước ngầm không phép.',
      assignee: { id: staffIds.expertA, name: 'Bùi An' },
      answer: null,
    });
  });

  it('shows the answer, its revisions and whether it is public at this moment', async () => {
    const question = await addQuestion(t.prisma, {
      exchangeId,
      title: 'Hỏi về hạn mức giao đất nông nghiệp',
      status: 'approved',
      assigneeId: staffIds.expertA,
    });
    const answer = await t.prisma.answer.create({
      data: {
        questionId: question.id,
        tenantId: question.tenantId,
        exchangeId,
        status: 'approved',
        bodyHtml: '<p>Hạn mức được quy định tại Luật Đất đai.</p>',
        authorId: staffIds.expertA,
        publishAt: new Date(t.clock.now().getTime() + 60_000),
        answeredByName: 'Nguyễn Văn An',
        answeredByPosition: 'Phó Giám đốc Sở',
      },
    });
    await t.prisma.answerRevision.createMany({
      data: [1, 2].map((n) => ({
        answerId: answer.id,
        authorId: staffIds.expertA as string,
        bodyHtml: `<p>Bản ${n}</p>`,
      })),
    });

    const before = (await read(moderator, question.id)).json();
    expect(before.answer).toMatchObject({
      status: 'approved',
      html: '<p>Hạn mức được quy định tại Luật Đất đai.</p>',
      author: { id: staffIds.expertA, name: 'Bùi An' },
      publicNow: false,
      revisionCount: 2,
      answeredBy: {
        name: 'Nguyễn Văn An',
        position: 'Phó Giám đốc Sở',
        organisation: 'Sở Tài nguyên và Môi trường thành phố Hà Nội',
      },
    });

    t.clock.advance(60_000);
    expect((await read(moderator, question.id)).json().answer.publicNow).toBe(true);
  });

  it("answers 404 for another department's question, exactly as for a missing one", async () => {
    const foreign = await read(danang, ids.dispute as string);
    const missing = await read(danang, '00000000-0000-4000-8000-000000000000');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe(missing.json().detail);
    expect(foreign.body).not.toContain('mai.hoang');
  });
});

describe('the experts to assign to', () => {
  it("lists the department's working experts with their open questions", async () => {
    const response = await moderator.request('GET', '/api/desk/assignees');
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((item: { name: string }) => item.name)).toEqual([
      'Bùi An',
      'Đỗ Bình',
      'Trần Minh',
    ]);
    const byName = Object.fromEntries(
      items.map((item: { name: string; openQuestions: number }) => [item.name, item]),
    );
    // Bùi An: the ground-water question; the approved one no longer counts as open.
    expect(byName['Bùi An']).toMatchObject({ openQuestions: 1, roles: ['expert'] });
    expect(byName['Đỗ Bình'].openQuestions).toBe(0);
    expect(byName['Trần Minh']).toMatchObject({ openQuestions: 1, roles: ['leader', 'expert'] });
  });

  it('is for moderators and leaders only', async () => {
    expect((await leaderExpert.request('GET', '/api/desk/assignees')).statusCode).toBe(200);
    expect((await expert.request('GET', '/api/desk/assignees')).statusCode).toBe(403);
  });
});

describe('the contract', () => {
  it('documents every desk route in the served OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const { paths } = response.json();
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/desk/exchanges/{id}/questions',
        '/api/desk/questions/{id}',
        '/api/desk/questions/{id}/similar',
        '/api/desk/questions/bulk',
        '/api/desk/questions/{id}/merge',
        '/api/desk/assignees',
      ]),
    );
    const queueParams = paths['/api/desk/exchanges/{id}/questions'].get.parameters.map(
      (parameter: { name: string }) => parameter.name,
    );
    expect(queueParams).toEqual(
      expect.arrayContaining(['status', 'field', 'channel', 'assignee', 'from', 'to', 'q', 'sort']),
    );
    expect(Object.keys(paths['/api/desk/exchanges/{id}/questions'])).toEqual(
      expect.arrayContaining(['get', 'post']),
    );
  });
});
