import type {
  ExchangeDetail,
  ExchangeSummary,
  FeedItem,
  TenantDto,
  TrackResult,
} from '@giaoluu/contracts';

export const EXCHANGE_ID = '3f1e2d4c-5b6a-4789-8abc-0123456789ab';
export const OTHER_EXCHANGE_ID = '7a2b3c4d-1e2f-4a5b-9c6d-7e8f9a0b1c2d';

export const tenant: TenantDto = {
  slug: 'hanoi',
  kind: 'department',
  name: 'Sở Nông nghiệp và Môi trường Hà Nội',
  provinceName: 'Hà Nội',
  contacts: {
    email: 'lienhe@hanoi.example.vn',
    phone: '024 3825 1234',
    address: '18 Huỳnh Thúc Kháng, Đống Đa',
  },
  ministryUrl: 'http://bo.localhost:3000/',
};

const schedule = {
  intakeOpensAt: '2026-12-20T01:00:00Z',
  liveStartsAt: '2026-12-27T01:00:00Z',
  liveEndsAt: '2026-12-27T09:30:00Z',
};

export function exchangeSummary(overrides: Partial<ExchangeSummary> = {}): ExchangeSummary {
  return {
    id: EXCHANGE_ID,
    title: 'Giao lưu trực tuyến về cấp giấy chứng nhận quyền sử dụng đất',
    state: 'announced',
    intakeOpen: true,
    schedule,
    ...overrides,
  };
}

export function exchangeDetail(overrides: Partial<ExchangeDetail> = {}): ExchangeDetail {
  return {
    ...exchangeSummary(),
    description: 'Buổi giao lưu giải đáp vướng mắc về đất đai.\nMời người dân gửi câu hỏi.',
    fields: [
      { slug: 'dat-dai', nameVi: 'Đất đai', nameEn: 'Land' },
      { slug: 'moi-truong', nameVi: 'Môi trường', nameEn: 'Environment' },
    ],
    guests: [{ name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở' }],
    counts: { questions: 12, answered: 3 },
    ...overrides,
  };
}

export function feedItem(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    title: 'Thủ tục cấp sổ đỏ lần đầu',
    body: 'Dòng thứ nhất <b>không in đậm</b>\nDòng thứ hai',
    askerName: 'Ẩn danh',
    askerKind: 'citizen',
    locality: 'Phường Láng, Hà Nội',
    field: { slug: 'dat-dai', nameVi: 'Đất đai', nameEn: 'Land' },
    askedAt: '2026-12-21T03:00:00Z',
    answer: {
      html: '<p>Ông/bà nộp hồ sơ tại <strong>bộ phận một cửa</strong>.</p>',
      answeredBy: {
        name: 'Trần Thị Bình',
        position: 'Trưởng phòng',
        organisation: 'Sở NN&MT Hà Nội',
      },
      publishedAt: '2026-12-27T01:00:00Z',
    },
    ...overrides,
  };
}

export function trackResult(overrides: Partial<TrackResult> = {}): TrackResult {
  return {
    trackingCode: 'K7QM-4XPR-9HDT',
    status: 'processing',
    mergedInto: false,
    exchange: { id: EXCHANGE_ID, title: 'Giao lưu trực tuyến về đất đai' },
    question: {
      title: 'Hỏi về thời hạn cấp sổ',
      body: 'Tôi nộp hồ sơ đã hai tháng.\nKhi nào có kết quả?',
      submittedAt: '2026-12-21T03:00:00Z',
    },
    answer: null,
    ...overrides,
  };
}
