/** Sample questions and answers for the demo exchanges; realistic, but invented. */

export type DemoQa = {
  key: string;
  fieldSlug: string;
  askerName: string;
  showName: boolean;
  askerKind: 'citizen' | 'business';
  organisation?: string;
  locality: string;
  title: string;
  body: string;
  /** Absent: the question is still being handled. */
  answerHtml?: string;
};

export const DEMO_GUESTS = [
  { name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở' },
  { name: 'Trần Thị Bình', position: 'Trưởng phòng Quản lý đất đai' },
  { name: 'Lê Minh Châu', position: 'Chi cục trưởng Chi cục Bảo vệ môi trường' },
];

export const LIVE_QA: DemoQa[] = [
  {
    key: 'live-1',
    fieldSlug: 'dat-dai',
    askerName: 'Phạm Văn Dũng',
    showName: true,
    askerKind: 'citizen',
    locality: 'Phường Cầu Giấy',
    title: 'Thủ tục cấp Giấy chứng nhận quyền sử dụng đất lần đầu',
    body: 'Gia đình tôi sử dụng thửa đất ở ổn định từ năm 1995, không có tranh chấp.\nXin hỏi hồ sơ đề nghị cấp Giấy chứng nhận lần đầu gồm những giấy tờ gì và nộp ở đâu?',
    answerHtml:
      '<p>Hồ sơ gồm: đơn đăng ký theo mẫu, giấy tờ về quyền sử dụng đất (nếu có) và giấy tờ chứng minh việc sử dụng đất ổn định.</p><p>Ông nộp hồ sơ tại Bộ phận Một cửa của UBND cấp xã hoặc Văn phòng đăng ký đất đai.</p>',
  },
  {
    key: 'live-2',
    fieldSlug: 'moi-truong',
    askerName: 'Công ty TNHH Xanh Sạch',
    showName: true,
    askerKind: 'business',
    organisation: 'Công ty TNHH Xanh Sạch',
    locality: 'Xã Sóc Sơn',
    title: 'Cơ sở sản xuất nhỏ có phải lập giấy phép môi trường không?',
    body: 'Công ty chúng tôi có xưởng sản xuất bao bì quy mô nhỏ, phát sinh nước thải khoảng 5 m3/ngày. Xin hỏi công ty có thuộc đối tượng phải có giấy phép môi trường không?',
    answerHtml:
      '<p>Cơ sở có phát sinh nước thải phải xử lý trước khi xả ra môi trường thuộc đối tượng phải có giấy phép môi trường, trừ trường hợp được miễn theo quy định.</p><p>Đề nghị công ty liên hệ Phòng Môi trường để được hướng dẫn cụ thể.</p>',
  },
  {
    key: 'live-3',
    fieldSlug: 'tai-nguyen-nuoc',
    askerName: 'Hoàng Thị Em',
    showName: false,
    askerKind: 'citizen',
    locality: 'Xã Ba Vì',
    title: 'Khoan giếng lấy nước sinh hoạt có phải xin phép không?',
    body: 'Gia đình tôi muốn khoan một giếng để lấy nước dùng trong sinh hoạt. Việc này có phải đăng ký hay xin giấy phép không ạ?',
    answerHtml:
      '<p>Khai thác nước dưới đất cho sinh hoạt của hộ gia đình với quy mô nhỏ không phải xin giấy phép, nhưng tại một số khu vực phải đăng ký khai thác.</p>',
  },
  {
    key: 'live-4',
    fieldSlug: 'dat-dai',
    askerName: 'Vũ Quốc Giang',
    showName: true,
    askerKind: 'citizen',
    locality: 'Phường Hà Đông',
    title: 'Bồi thường khi Nhà nước thu hồi đất nông nghiệp',
    body: 'Đất nông nghiệp của gia đình tôi nằm trong dự án mở rộng đường. Xin hỏi giá bồi thường được tính như thế nào và có được hỗ trợ chuyển đổi nghề không?',
  },
];

export const ENDED_QA: DemoQa[] = [
  {
    key: 'ended-1',
    fieldSlug: 'dat-dai',
    askerName: 'Đỗ Thị Hạnh',
    showName: true,
    askerKind: 'citizen',
    locality: 'Phường Long Biên',
    title: 'Tách thửa đất ở cần điều kiện gì?',
    body: 'Tôi muốn tách thửa đất ở 120 m2 để tặng cho con. Xin hỏi diện tích tối thiểu được tách thửa là bao nhiêu?',
    answerHtml:
      '<p>Diện tích tối thiểu được tách thửa do UBND thành phố quy định theo từng khu vực. Tại khu vực phường, thửa đất sau khi tách phải bảo đảm diện tích và kích thước tối thiểu theo quy định hiện hành.</p>',
  },
  {
    key: 'ended-2',
    fieldSlug: 'khoang-san',
    askerName: 'Công ty CP Vật liệu Hồng Hà',
    showName: true,
    askerKind: 'business',
    organisation: 'Công ty CP Vật liệu Hồng Hà',
    locality: 'Xã Mỹ Đức',
    title: 'Gia hạn giấy phép khai thác khoáng sản làm vật liệu xây dựng',
    body: 'Giấy phép khai thác đá của công ty sắp hết hạn. Thời hạn nộp hồ sơ gia hạn là bao lâu trước khi giấy phép hết hiệu lực?',
    answerHtml:
      '<p>Hồ sơ đề nghị gia hạn phải được nộp trước khi giấy phép hết hạn, trong thời hạn theo quy định của pháp luật về khoáng sản. Đề nghị doanh nghiệp chuẩn bị sớm để bảo đảm khai thác liên tục.</p>',
  },
  {
    key: 'ended-3',
    fieldSlug: 'moi-truong',
    askerName: 'Ngô Văn Khánh',
    showName: false,
    askerKind: 'citizen',
    locality: 'Xã Thanh Trì',
    title: 'Phản ánh mùi hôi từ bãi tập kết rác',
    body: 'Bãi tập kết rác gần khu dân cư thường xuyên bốc mùi vào buổi chiều. Người dân cần phản ánh tới cơ quan nào để được xử lý?',
    answerHtml:
      '<p>Người dân có thể phản ánh tới UBND cấp xã nơi có bãi tập kết hoặc qua đường dây nóng về môi trường của Sở. Sở sẽ phối hợp kiểm tra và xử lý theo thẩm quyền.</p>',
  },
];
