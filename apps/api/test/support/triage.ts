import type {
  PrismaClient,
  QuestionChannel,
  QuestionStatus,
} from '../../src/generated/prisma/client.ts';
import { generateTrackingCode } from '../../src/modules/questions/generate-tracking-code.ts';
import { toSearchText } from '../../src/modules/questions/search-text.ts';

/** A question placed straight in the database, in whatever state a test needs. */
export async function addQuestion(
  prisma: PrismaClient,
  options: {
    exchangeId: string;
    title: string;
    body?: string;
    status?: QuestionStatus;
    fieldSlug?: string;
    channel?: QuestionChannel;
    createdAt?: Date;
    assigneeId?: string | null;
    claimedById?: string | null;
    email?: string;
    phone?: string;
  },
) {
  const exchange = await prisma.exchange.findUniqueOrThrow({ where: { id: options.exchangeId } });
  const field = await prisma.field.findUniqueOrThrow({
    where: { slug: options.fieldSlug ?? 'dat-dai' },
  });
  const body = options.body ?? `Xin hỏi Sở về vấn đề: ${options.title.toLowerCase()}.`;
  return prisma.question.create({
    data: {
      tenantId: exchange.tenantId,
      exchangeId: exchange.id,
      fieldId: field.id,
      trackingCode: generateTrackingCode(),
      status: options.status ?? 'submitted',
      channel: options.channel ?? 'web',
      askerName: 'Hoàng Thị Mai',
      askerKind: 'citizen',
      locality: 'Phường Ba Đình',
      email: options.email ?? 'mai.hoang@example.vn',
      phone: options.phone ?? '0904111222',
      title: options.title,
      body,
      searchText: toSearchText(options.title, body),
      assigneeId: options.assigneeId ?? null,
      claimedById: options.claimedById ?? null,
      claimedAt: options.claimedById ? new Date() : null,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
  });
}

/** The audit trail of one record, oldest first (ids as strings, so entries can be printed). */
export async function auditOf(prisma: PrismaClient, entityId: string) {
  const entries = await prisma.auditEntry.findMany({ where: { entityId }, orderBy: { id: 'asc' } });
  return entries.map((entry) => ({ ...entry, id: String(entry.id) }));
}
