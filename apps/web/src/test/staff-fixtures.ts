import type { DeskQuestion, Me, QueueItem, QueuePage, StaffRole } from '@giaoluu/contracts';
import { QUESTION_STATUSES } from '@giaoluu/contracts';
import { EXCHANGE_ID } from './fixtures.ts';

export const ME_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
export const OTHER_STAFF_ID = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9';
export const QUESTION_ID = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
export const SECOND_QUESTION_ID = '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a';
export const THIRD_QUESTION_ID = '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b';
export const CSRF_TOKEN = 'csrf-token-from-me';

export function me(roles: StaffRole[], overrides: Partial<Me> = {}): Me {
  return {
    id: ME_ID,
    email: 'lan.tran@hanoi.example.vn',
    name: 'Trần Thị Lan',
    position: 'Chuyên viên',
    roles,
    tenant: { slug: 'hanoi', name: 'Sở Nông nghiệp và Môi trường Hà Nội', kind: 'department' },
    csrfToken: CSRF_TOKEN,
    ...overrides,
  };
}

const field = { slug: 'dat-dai', nameVi: 'Đất đai', nameEn: 'Land' };

export function queueItem(overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    id: QUESTION_ID,
    trackingCode: 'K7QM-4XPR-9HDT',
    status: 'submitted',
    channel: 'web',
    askerName: 'Nguyễn Thị Hoa',
    askerKind: 'citizen',
    locality: 'Phường Láng, Hà Nội',
    field,
    title: 'Thời hạn cấp sổ đỏ lần đầu',
    createdAt: '2026-12-21T03:00:00Z',
    assignee: null,
    claimedBy: null,
    excerpt: 'Tôi nộp hồ sơ đã hai tháng…',
    ...overrides,
  };
}

export function queuePage(items: QueueItem[], overrides: Partial<QueuePage> = {}): QueuePage {
  const countsByStatus = Object.fromEntries(
    QUESTION_STATUSES.map((s) => [s, 0]),
  ) as QueuePage['countsByStatus'];
  countsByStatus.submitted = items.length;
  return { items, total: items.length, page: 1, pageSize: 25, countsByStatus, ...overrides };
}

export function deskQuestion(overrides: Partial<DeskQuestion> = {}): DeskQuestion {
  return {
    id: QUESTION_ID,
    exchangeId: EXCHANGE_ID,
    trackingCode: 'K7QM-4XPR-9HDT',
    status: 'assigned',
    channel: 'web',
    askerName: 'Nguyễn Thị Hoa',
    showName: true,
    askerKind: 'citizen',
    organisation: null,
    locality: 'Phường Láng, Hà Nội',
    email: 'hoa@example.vn',
    phone: null,
    field,
    title: 'Thời hạn cấp sổ đỏ lần đầu',
    body: 'Tôi nộp hồ sơ đã hai tháng.\nKhi nào có kết quả?',
    createdAt: '2026-12-21T03:00:00Z',
    assignee: { id: ME_ID, name: 'Trần Thị Lan' },
    claimedBy: null,
    claimedAt: null,
    mergedIntoId: null,
    rejectionReason: null,
    answer: null,
    ...overrides,
  };
}

export function deskAnswer(
  overrides: Partial<NonNullable<DeskQuestion['answer']>> = {},
): NonNullable<DeskQuestion['answer']> {
  return {
    status: 'draft',
    html: '<p>Bản nháp đã lưu trên máy chủ</p>',
    author: { id: ME_ID, name: 'Trần Thị Lan' },
    reviewComment: null,
    publishAt: null,
    publicNow: false,
    unpublishedAt: null,
    unpublishReason: null,
    answeredBy: null,
    updatedAt: '2026-12-21T04:00:00Z',
    revisionCount: 1,
    ...overrides,
  };
}
