import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { seedDatabase } from '../src/seed/seed.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

let target: TestDatabase;
let db: Awaited<ReturnType<typeof openDatabase>>;
let prisma: PrismaClient;
const now = new Date('2026-12-03T09:00:00Z');

beforeAll(async () => {
  target = await createTestDatabase();
  db = await openDatabase(target);
  prisma = db.prisma;
});
afterAll(async () => {
  await db?.close();
  await target?.drop();
});

const counts = async () => ({
  tenants: await prisma.tenant.count(),
  fields: await prisma.field.count(),
  staff: await prisma.staffUser.count(),
  exchanges: await prisma.exchange.count(),
  questions: await prisma.question.count(),
  answers: await prisma.answer.count(),
});

describe('seeding', () => {
  it('creates the ministry, the 34 departments and the 8 fields, and no demo data by default', async () => {
    await seedDatabase(prisma, { demo: false, now });
    expect(await counts()).toMatchObject({ tenants: 35, fields: 8, staff: 0, exchanges: 0 });
    const departments = await prisma.tenant.count({ where: { kind: 'department' } });
    expect(departments).toBe(34);
  });

  it('adds demo accounts and exchanges in demo mode, and adds nothing on a rerun', async () => {
    await seedDatabase(prisma, { demo: true, now });
    const first = await counts();
    expect(first.staff).toBe(2 + 2 * 4);
    expect(first.exchanges).toBe(6);

    await seedDatabase(prisma, { demo: true, now: new Date(now.getTime() + 86_400_000) });
    expect(await counts()).toEqual(first);
  });

  it('moves the demo schedule so the live demo is live whenever the app starts', async () => {
    const later = new Date(now.getTime() + 3 * 86_400_000);
    await seedDatabase(prisma, { demo: true, now: later });
    const hanoi = await prisma.tenant.findUniqueOrThrow({ where: { slug: 'hanoi' } });
    const live = await prisma.exchange.findMany({
      where: { tenantId: hanoi.id, liveStartsAt: { lte: later }, liveEndsAt: { gt: later } },
    });
    expect(live).toHaveLength(1);
    expect(live[0]?.liveStartsAt.getTime()).toBe(later.getTime() - 3_600_000);
  });

  it('keeps an operator’s edits to reference data', async () => {
    await prisma.tenant.update({ where: { slug: 'hue' }, data: { contactPhone: '0234 382 2222' } });
    await seedDatabase(prisma, { demo: false, now });
    expect((await prisma.tenant.findUniqueOrThrow({ where: { slug: 'hue' } })).contactPhone).toBe(
      '0234 382 2222',
    );
  });
});
