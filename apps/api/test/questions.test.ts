import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenQuestion, createExchange } from './support/fixtures.ts';
import { hostOf, startTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let liveId: string;

beforeAll(async () => {
  t = await startTestApp();
  liveId = (
    await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'live', now: t.clock.now() })
  ).id;
});
afterAll(async () => {
  await t?.close();
});

const validQuestion = citizenQuestion;

function send(body: unknown, options: { exchangeId?: string; slug?: string; key?: string } = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/exchanges/${options.exchangeId ?? liveId}/questions`,
    headers: {
      host: hostOf(options.slug ?? 'hanoi'),
      ...(options.key ? { 'idempotency-key': options.key } : {}),
    },
    payload: body as object,
  });
}

const questionCount = () => t.prisma.question.count({ where: { exchangeId: liveId } });

describe('sending a question', () => {
  it('stores it and answers 201 with a readable tracking code', async () => {
    const response = await send(validQuestion);
    expect(response.statusCode).toBe(201);
    const receipt = response.json();
    expect(receipt.trackingCode).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);

    const stored = await t.prisma.question.findUniqueOrThrow({
      where: { trackingCode: receipt.trackingCode },
    });
    expect(stored).toMatchObject({
      id: receipt.id,
      status: 'submitted',
      channel: 'web',
      email: validQuestion.email,
    });
    expect(stored.searchText).toContain('thu tuc cap so do');
  });

  it('never echoes contact details back and never writes them to the log', async () => {
    const response = await send({
      ...validQuestion,
      email: 'secret.asker@example.vn',
      phone: '0987654321',
    });
    expect(response.statusCode).toBe(201);
    expect(response.body).not.toContain('secret.asker');
    expect(t.logs()).toContain(response.json().id);
    expect(t.logs()).not.toContain('secret.asker');
    expect(t.logs()).not.toContain('0987654321');
  });

  it('normalises text to NFC and trims it', async () => {
    const decomposed = '  Hỏi về đất đai ven sông  '.normalize('NFD');
    const response = await send({ ...validQuestion, title: decomposed });
    const stored = await t.prisma.question.findUniqueOrThrow({ where: { id: response.json().id } });
    expect(stored.title).toBe('Hỏi về đất đai ven sông'.normalize('NFC'));
  });

  it('keeps HTML as plain text', async () => {
    const body = '<script>alert(1)</script> Xin hỏi về <b>thuế đất</b> năm nay thế nào?';
    const response = await send({ ...validQuestion, body });
    const stored = await t.prisma.question.findUniqueOrThrow({ where: { id: response.json().id } });
    expect(stored.body).toBe(body);
  });

  it('returns the same question for a retry with the same Idempotency-Key', async () => {
    const before = await questionCount();
    const [first, second] = await Promise.all([
      send(validQuestion, { key: 'retry-key-0001' }),
      send(validQuestion, { key: 'retry-key-0001' }),
    ]);
    const third = await send(validQuestion, { key: 'retry-key-0001' });
    expect([first.statusCode, second.statusCode, third.statusCode]).toEqual([201, 201, 201]);
    expect(second.json().trackingCode).toBe(first.json().trackingCode);
    expect(third.json().trackingCode).toBe(first.json().trackingCode);
    expect(await questionCount()).toBe(before + 1);
  });

  it('still gives the receipt to a retry that arrives after the exchange closed', async () => {
    const exchange = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'live',
      now: t.clock.now(),
    });
    const sent = await send(validQuestion, { exchangeId: exchange.id, key: 'late-retry-0001' });
    expect(sent.statusCode).toBe(201);

    const later = t.clock.now();
    t.clock.set(exchange.liveEndsAt);
    try {
      const retry = await send(validQuestion, { exchangeId: exchange.id, key: 'late-retry-0001' });
      expect(retry.statusCode).toBe(201);
      expect(retry.json().trackingCode).toBe(sent.json().trackingCode);
      // A new question at that moment is refused.
      const fresh = await send(validQuestion, { exchangeId: exchange.id, key: 'late-new-0001' });
      expect(fresh.statusCode).toBe(409);
      expect(fresh.json().code).toBe('intake_closed');
    } finally {
      t.clock.set(later);
    }
  });
});

describe('refusing bad input', () => {
  it('names each wrong field with a Vietnamese message and stores nothing', async () => {
    const before = await questionCount();
    const response = await send({
      ...validQuestion,
      askerName: '   ',
      email: 'not-an-email',
      title: 'Ngắn',
      consent: false,
    });
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.code).toBe('validation_failed');
    const byField = Object.fromEntries(problem.errors.map((e: { field: string }) => [e.field, e]));
    expect(byField.askerName).toMatchObject({
      code: 'required',
      message: 'Vui lòng nhập họ và tên.',
    });
    expect(byField.email).toMatchObject({
      code: 'invalid_format',
      message: 'Địa chỉ email không hợp lệ.',
    });
    expect(byField.title).toMatchObject({
      code: 'too_short',
      message: 'Tiêu đề cần ít nhất 10 ký tự.',
    });
    expect(byField.consent.message).toBe('Vui lòng đồng ý để cơ quan xử lý thông tin của bạn.');
    expect(await questionCount()).toBe(before);
  });

  it('requires an organisation from a business and a contact from everyone', async () => {
    const response = await send({ ...validQuestion, askerKind: 'business', email: '', phone: '' });
    expect(response.statusCode).toBe(422);
    const fields = response
      .json()
      .errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(fields).toEqual(
      expect.arrayContaining(['organisation:required', 'email:contact_required']),
    );
  });

  it('refuses control characters and over-long text', async () => {
    const response = await send({
      ...validQuestion,
      askerName: 'Lan\u0007',
      body: 'x'.repeat(5001),
    });
    const byField = Object.fromEntries(
      response.json().errors.map((e: { field: string }) => [e.field, e]),
    );
    expect(byField.askerName.code).toBe('control_characters');
    expect(byField.body).toMatchObject({
      code: 'too_long',
      message: 'Nội dung câu hỏi không được dài quá 5000 ký tự.',
    });
  });

  it('answers malformed JSON with 400 and a code, not 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/exchanges/${liveId}/questions`,
      headers: { host: hostOf('hanoi'), 'content-type': 'application/json' },
      payload: '{"askerName": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'invalid_json',
      detail: 'Dữ liệu gửi lên không phải JSON hợp lệ.',
    });
  });

  it('refuses a field the exchange does not cover', async () => {
    const response = await send({ ...validQuestion, fieldSlug: 'khoang-san' });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({
      field: 'fieldSlug',
      code: 'not_in_exchange',
    });
  });

  it('refuses what a bot put in the honeypot', async () => {
    const response = await send({ ...validQuestion, website: 'http://spam.example' });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('spam_suspected');
  });
});

describe('intake window', () => {
  it('answers 409 before intake opens and after the exchange ends', async () => {
    const now = t.clock.now();
    const early = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'not-yet-open',
      now,
    });
    const ended = await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'ended', now });

    const tooEarly = await send(validQuestion, { exchangeId: early.id });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().code).toBe('intake_not_open');
    expect(tooEarly.json().detail).toMatch(
      /^Buổi giao lưu chưa mở nhận câu hỏi; vui lòng gửi từ \d\d:\d\d ngày \d\d\/\d\d\/\d{4}\.$/,
    );

    const tooLate = await send(validQuestion, { exchangeId: ended.id });
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json().code).toBe('intake_closed');
  });

  it("does not take questions for another department's exchange", async () => {
    const response = await send(validQuestion, { slug: 'danang' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('exchange_not_found');
  });
});

describe('rate limit', () => {
  it('answers 429 with a Vietnamese message once a client sends too many', async () => {
    const limited = await startTestApp({ env: { QUESTION_RATE_LIMIT: '2' } });
    try {
      const exchange = await createExchange(limited.prisma, {
        tenantSlug: 'hanoi',
        kind: 'live',
        now: limited.clock.now(),
      });
      const post = () =>
        limited.app.inject({
          method: 'POST',
          url: `/api/exchanges/${exchange.id}/questions`,
          headers: { host: hostOf('hanoi') },
          payload: validQuestion,
        });
      expect((await post()).statusCode).toBe(201);
      expect((await post()).statusCode).toBe(201);
      const third = await post();
      expect(third.statusCode).toBe(429);
      expect(third.json()).toMatchObject({ code: 'rate_limited' });
      expect(third.json().detail).toMatch(
        /^Bạn đã gửi quá nhiều yêu cầu\. Vui lòng thử lại sau \d+ giây\.$/,
      );
    } finally {
      await limited.close();
    }
  });
});
