/**
 * Vietnamese, the first language of the interface. Its shape is the type every other locale
 * must match, so a missing English string is a compile error rather than a blank on screen.
 */
import { viStaff } from './vi-staff.ts';

export const vi = {
  ...viStaff,
  app: {
    name: 'Giao lưu trực tuyến',
    loading: 'Đang tải…',
    retry: 'Thử lại',
  },
  nav: {
    label: 'Điều hướng chính',
    home: 'Trang chủ',
    track: 'Tra cứu câu hỏi',
  },
  language: {
    label: 'Ngôn ngữ',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  footer: {
    contacts: 'Liên hệ',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Email',
    ministry: 'Trang của Bộ',
    about: 'Hệ thống giao lưu trực tuyến với người dân và doanh nghiệp',
  },
  errors: {
    network: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    invalidResponse: 'Máy chủ trả về dữ liệu không đúng định dạng. Vui lòng thử lại sau.',
    generic: 'Đã có lỗi xảy ra. Vui lòng thử lại.',
  },
  tenantNotFound: {
    title: 'Không tìm thấy trang của đơn vị này',
    explanation:
      'Địa chỉ bạn mở không thuộc đơn vị nào trên hệ thống. Vui lòng kiểm tra lại địa chỉ, hoặc tìm đơn vị trên trang của Bộ.',
    ministryLink: 'Đến trang của Bộ',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    explanation: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
    home: 'Về trang chủ',
  },
  state: {
    upcoming: 'Sắp diễn ra',
    intake: 'Đang nhận câu hỏi',
    live: 'Đang diễn ra',
    ended: 'Đã kết thúc',
  },
  home: {
    exchanges: 'Các buổi giao lưu trực tuyến',
    live: 'Đang diễn ra',
    announced: 'Sắp diễn ra',
    ended: 'Đã kết thúc',
    empty: 'Hiện chưa có buổi giao lưu trực tuyến nào.',
    open: 'Xem chi tiết',
  },
  schedule: {
    intake: 'Nhận câu hỏi từ {{start}}',
    live: 'Trực tuyến từ {{start}} đến {{end}}',
  },
  live: {
    connecting: 'Đang kết nối…',
    open: 'Đang cập nhật trực tiếp',
    reconnecting: 'Mất kết nối — đang kết nối lại…',
    offline: 'Thiết bị đang mất mạng — trang sẽ tự cập nhật khi có mạng trở lại',
  },
  exchange: {
    notFound: 'Không tìm thấy buổi giao lưu',
    back: 'Về trang chủ',
    about: 'Giới thiệu',
    fields: 'Lĩnh vực',
    guests: 'Khách mời',
    noGuests: 'Danh sách khách mời sẽ được cập nhật.',
    questionsReceived: 'Câu hỏi đã nhận',
    questionsAnswered: 'Câu hỏi đã trả lời',
  },
  jumpTo: {
    label: 'Đi tới',
    answers: 'Xem câu trả lời ({{count}})',
    ask: 'Đặt câu hỏi',
  },
  feed: {
    title: 'Câu hỏi đã được trả lời',
    empty: 'Chưa có câu hỏi nào được trả lời.',
    more: 'Xem thêm',
    askedBy: '{{name}} · {{locality}}',
    askedAt: 'Hỏi lúc {{date}}',
    answer: 'Trả lời',
    answeredBy: 'Trả lời: {{who}}',
    publishedAt: 'Đăng lúc {{date}}',
    business: 'Doanh nghiệp',
    newAnswers: 'Có {{count}} câu trả lời mới',
  },
  intake: {
    notYetOpen: 'Buổi giao lưu bắt đầu nhận câu hỏi từ {{start}}.',
    closed: 'Buổi giao lưu hiện không nhận câu hỏi.',
    ended: 'Buổi giao lưu đã kết thúc và không nhận thêm câu hỏi.',
    unsentLabel: 'Câu hỏi bạn đang soạn (chưa gửi)',
    unsentHint: 'Nội dung vẫn được giữ trên thiết bị này, bạn có thể sao chép lại.',
  },
  questionForm: {
    title: 'Gửi câu hỏi',
    intro:
      'Câu hỏi sẽ được cán bộ tiếp nhận và trả lời trong buổi giao lưu. Thông tin liên hệ của bạn chỉ cơ quan được xem.',
    askerName: 'Họ và tên',
    showName: 'Hiển thị tên công khai',
    showNameHint: 'Nếu bỏ chọn, tên của bạn sẽ hiển thị là "Ẩn danh".',
    askerKind: 'Bạn là',
    citizen: 'Người dân',
    business: 'Doanh nghiệp',
    organisation: 'Tên doanh nghiệp / tổ chức',
    locality: 'Địa chỉ (tỉnh, xã/phường)',
    email: 'Email',
    phone: 'Số điện thoại',
    contactHint: 'Vui lòng nhập ít nhất email hoặc số điện thoại.',
    field: 'Lĩnh vực',
    fieldPlaceholder: '— Chọn lĩnh vực —',
    questionTitle: 'Tiêu đề',
    body: 'Nội dung câu hỏi',
    consent: 'Tôi đồng ý để cơ quan sử dụng thông tin liên hệ để trả lời câu hỏi',
    submit: 'Gửi câu hỏi',
    draftRestored: 'Bản nháp trước đó của bạn đã được khôi phục.',
    fixErrors: 'Vui lòng kiểm tra lại các mục được đánh dấu.',
    retrySafe:
      'Bạn có thể bấm "Gửi câu hỏi" lại: nếu lần gửi trước đã đến nơi, câu hỏi sẽ không bị gửi trùng.',
  },
  receipt: {
    title: 'Câu hỏi của bạn đã được gửi',
    codeLabel: 'Mã tra cứu của bạn',
    explanation:
      'Hãy lưu lại mã này. Bạn có thể dùng mã để tra cứu tình trạng câu hỏi và đọc câu trả lời khi được đăng.',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    copyFailed: 'Không sao chép được; vui lòng chép mã bằng tay.',
    track: 'Tra cứu câu hỏi này',
    another: 'Gửi câu hỏi khác',
  },
  track: {
    title: 'Tra cứu câu hỏi',
    intro: 'Nhập mã tra cứu bạn nhận được khi gửi câu hỏi.',
    code: 'Mã tra cứu',
    codePlaceholder: 'VD: K7QM-4XPR-9HDT',
    submit: 'Tra cứu',
    invalidCode: 'Mã tra cứu gồm 12 chữ và số, dạng K7QM-4XPR-9HDT.',
    notFound: 'Không tìm thấy câu hỏi',
    status: 'Tình trạng',
    exchange: 'Buổi giao lưu',
    question: 'Câu hỏi của bạn',
    submittedAt: 'Gửi lúc {{date}}',
    answer: 'Câu trả lời',
    merged: 'Câu hỏi của bạn trùng với một câu hỏi khác; câu trả lời dưới đây dùng chung.',
    statuses: {
      received: 'Đã tiếp nhận — câu hỏi đang chờ xử lý',
      processing: 'Đang xử lý — cán bộ đang chuẩn bị câu trả lời',
      answered: 'Đã trả lời',
      declined: 'Câu hỏi không được trả lời trong buổi giao lưu này',
    },
  },
};

export type Messages = typeof vi;
