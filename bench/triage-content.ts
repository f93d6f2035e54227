/**
 * Realistic questions for the triage benchmark: Vietnamese titles and bodies on each field's
 * usual subjects, with the place names, areas and years that make every text a little
 * different, drawn from a seeded generator so that two runs measure the same data.
 */

export type Random = () => number;

/** mulberry32: small, fast and good enough to vary test data reproducibly. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** Picks a key with the given relative weights. */
export function weighted<K extends string>(random: Random, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  return entries[entries.length - 1]?.[0] as K;
}

const PLACES = [
  'phường Cầu Giấy',
  'phường Long Biên',
  'phường Hà Đông',
  'phường Tây Hồ',
  'phường Hoàng Mai',
  'phường Sơn Tây',
  'xã Sóc Sơn',
  'xã Đông Anh',
  'xã Thanh Trì',
  'xã Gia Lâm',
  'xã Ba Vì',
  'xã Mê Linh',
  'xã Thạch Thất',
  'xã Phúc Thọ',
  'xã Chương Mỹ',
  'xã Thường Tín',
  'xã Phú Xuyên',
  'xã Ứng Hòa',
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc', 'Quang', 'Thanh', 'Hữu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hương', 'Lan', 'Long', 'Mai', 'Nam', 'Phương'];
const GIVEN_MORE = ['Quân', 'Sơn', 'Tâm', 'Thảo', 'Tuấn', 'Yến', 'Hải', 'Hạnh', 'Khoa', 'Linh'];
const COMPANIES = [
  'Công ty TNHH Xây dựng Hòa Phát',
  'Công ty cổ phần Vật liệu Sông Đà',
  'Công ty TNHH Thực phẩm Xanh',
  'Hợp tác xã Nông nghiệp Đông Anh',
  'Công ty cổ phần Môi trường Thăng Long',
];

type Slots = {
  place: string;
  area: number;
  year: number;
  month: number;
  count: number;
  asker: string;
};
type Topic = { title: (s: Slots) => string; facts: ((s: Slots) => string)[] };

/** Each field's usual subjects: a title, and sentences of which a body takes one or two. */
const TOPICS: Record<string, Topic[]> = {
  'dat-dai': [
    {
      title: (s) => `Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu tại ${s.place}`,
      facts: [
        (s) =>
          `Gia đình tôi sử dụng ổn định thửa đất ${s.area} m² từ năm ${s.year}, không có tranh chấp nhưng chưa có giấy tờ về quyền sử dụng đất.`,
        () =>
          'Cán bộ địa chính xã hướng dẫn phải chờ đo đạc lại bản đồ, đến nay hồ sơ đất đai vẫn chưa được giải quyết.',
      ],
    },
    {
      title: (s) => `Tranh chấp ranh giới đất đai với hộ liền kề ở ${s.place}`,
      facts: [
        (s) =>
          `Hộ liền kề xây tường rào lấn sang đất nhà tôi khoảng ${Math.round(s.area / 40)} m², hai bên đã hòa giải ở thôn nhưng không thành.`,
        () =>
          'Tôi muốn biết trình tự giải quyết tranh chấp đất đai khi các bên đều chưa có giấy chứng nhận.',
      ],
    },
    {
      title: (s) => `Bồi thường khi Nhà nước thu hồi đất nông nghiệp tại ${s.place}`,
      facts: [
        (s) =>
          `Gia đình tôi có ${s.area} m² đất trồng lúa nằm trong dự án mở rộng đường, phương án bồi thường niêm yết năm ${s.year}.`,
        () =>
          'Mức giá bồi thường thấp hơn nhiều so với giá chuyển nhượng thực tế, chúng tôi chưa đồng ý với phương án.',
      ],
    },
    {
      title: () => 'Chuyển mục đích sử dụng đất vườn sang đất ở có phải nộp tiền không?',
      facts: [
        (s) =>
          `Thửa đất vườn ${s.area} m² liền kề nhà ở của tôi được cấp sổ năm ${s.year}, nay tôi muốn chuyển một phần sang đất ở để xây nhà cho con.`,
        () =>
          'Theo Luật Đất đai mới, tiền sử dụng đất khi chuyển mục đích được tính như thế nào và nộp hồ sơ ở đâu?',
      ],
    },
    {
      title: (s) => `Tách thửa đất thừa kế ${s.area} m² cho các con`,
      facts: [
        (s) =>
          `Bố mẹ tôi để lại thửa đất ${s.area} m² tại ${s.place}, bốn anh em muốn chia đều và tách thành các thửa riêng.`,
        () =>
          'Xin hỏi diện tích tối thiểu được tách thửa ở địa phương là bao nhiêu và cần những giấy tờ gì?',
      ],
    },
    {
      title: () => 'Đăng ký biến động đất đai khi mua bán nhà ở',
      facts: [
        (s) =>
          `Tôi mua nhà bằng giấy viết tay từ năm ${s.year}, người bán nay đã chuyển đi nơi khác.`,
        () =>
          'Tôi có thể tự đăng ký sang tên đất đai hay phải tìm được người bán để ký lại hợp đồng?',
      ],
    },
    {
      title: () => 'Giá đất tính tiền sử dụng đất khi cấp sổ đỏ',
      facts: [
        (s) =>
          `Hồ sơ cấp giấy chứng nhận của tôi đã được duyệt nhưng thông báo thuế ghi tiền sử dụng đất rất cao cho ${s.area} m².`,
        () =>
          'Bảng giá đất áp dụng cho trường hợp này là bảng giá năm nào, tôi có được ghi nợ không?',
      ],
    },
  ],
  'moi-truong': [
    {
      title: (s) => `Ô nhiễm khói bụi từ nhà máy gần khu dân cư ${s.place}`,
      facts: [
        () =>
          'Nhà máy gạch gần khu dân cư thải khói bụi suốt đêm, nhiều hộ có người già và trẻ nhỏ bị ho kéo dài.',
        (s) =>
          `Người dân đã phản ánh với chính quyền từ năm ${s.year} nhưng tình trạng vẫn chưa được khắc phục.`,
      ],
    },
    {
      title: (s) => `Rác thải sinh hoạt tồn đọng tại ${s.place}`,
      facts: [
        () =>
          'Điểm tập kết rác đầu ngõ không được thu gom hằng ngày, mùi hôi và ruồi muỗi ảnh hưởng đến các hộ xung quanh.',
        () => 'Xin hỏi trách nhiệm thu gom, vận chuyển rác thải sinh hoạt thuộc về cơ quan nào?',
      ],
    },
    {
      title: () => 'Tiếng ồn từ xưởng sản xuất hoạt động ban đêm',
      facts: [
        () =>
          'Xưởng cơ khí trong khu dân cư chạy máy đến hai giờ sáng, tiếng ồn vượt quá mức chịu đựng.',
        () =>
          'Quy chuẩn về tiếng ồn trong khu dân cư là bao nhiêu và người dân cần gửi đơn đến đâu?',
      ],
    },
    {
      title: (s) => `Nước thải chăn nuôi chảy ra kênh mương ở ${s.place}`,
      facts: [
        (s) =>
          `Trang trại lợn quy mô khoảng ${s.area} con xả nước thải chưa xử lý ra kênh tưới tiêu của thôn.`,
        () => 'Cá chết và nước kênh bốc mùi, ảnh hưởng đến việc tưới lúa của các hộ phía hạ lưu.',
      ],
    },
    {
      title: () => 'Phân loại rác tại nguồn theo Luật Bảo vệ môi trường',
      facts: [
        () =>
          'Từ khi thực hiện phân loại rác, gia đình tôi chưa rõ loại rác nào thuộc nhóm tái chế và nhóm còn lại.',
        (s) => `Giá dịch vụ thu gom theo khối lượng có được áp dụng tại ${s.place} không?`,
      ],
    },
  ],
  'tai-nguyen-nuoc': [
    {
      title: () => 'Cấp phép khai thác nước ngầm cho hộ kinh doanh',
      facts: [
        (s) =>
          `Cơ sở của tôi dùng khoảng ${Math.round(s.area / 10)} m³ nước ngầm mỗi ngày để rửa xe.`,
        () =>
          'Xin hỏi mức khai thác nào thì phải đăng ký, mức nào phải có giấy phép tài nguyên nước?',
      ],
    },
    {
      title: (s) => `Giếng khoan nhiễm asen tại ${s.place}`,
      facts: [
        () =>
          'Kết quả xét nghiệm nước giếng khoan của gia đình tôi cho thấy hàm lượng asen vượt quy chuẩn.',
        () => 'Địa phương có chương trình hỗ trợ nước sạch cho các hộ chưa có nước máy không?',
      ],
    },
    {
      title: () => 'Xả nước thải vào nguồn nước có cần giấy phép?',
      facts: [
        (s) =>
          `Xưởng chế biến nông sản xả khoảng ${Math.round(s.area / 20)} m³ nước thải mỗi ngày ra sông.`,
        () => 'Trường hợp nào phải xin giấy phép xả nước thải vào nguồn nước và nộp hồ sơ ở đâu?',
      ],
    },
  ],
  'khoang-san': [
    {
      title: (s) => `Khai thác cát trái phép trên sông Hồng đoạn qua ${s.place}`,
      facts: [
        () =>
          'Ban đêm thường có tàu hút cát hoạt động sát bờ, bờ sông phía làng tôi bị sạt lở nghiêm trọng.',
        (s) =>
          `Từ năm ${s.year} đến nay đã mất khoảng ${Math.round(s.area / 10)} m² đất canh tác ven sông.`,
      ],
    },
    {
      title: () => 'Cấp phép khai thác đất san lấp cho công trình',
      facts: [
        () =>
          'Doanh nghiệp chúng tôi cần đất san lấp cho dự án nhà xưởng và muốn khai thác tại mỏ gần công trình.',
        () => 'Thủ tục cấp giấy phép khai thác khoáng sản làm vật liệu san lấp gồm những bước nào?',
      ],
    },
    {
      title: (s) => `Tiền cấp quyền khai thác khoáng sản năm ${s.year}`,
      facts: [
        () => 'Mỏ đá của công ty đã nộp tiền cấp quyền khai thác theo giấy phép cũ.',
        () =>
          'Khi gia hạn giấy phép thì tiền cấp quyền khai thác khoáng sản được tính lại như thế nào?',
      ],
    },
  ],
  'khi-tuong-thuy-van': [
    {
      title: (s) => `Cảnh báo mưa lớn, ngập úng tại ${s.place}`,
      facts: [
        () => 'Mỗi trận mưa lớn khu dân cư tôi ngập sâu, người dân không nhận được cảnh báo sớm.',
        () => 'Người dân có thể nhận bản tin cảnh báo mưa lớn, ngập úng qua kênh nào?',
      ],
    },
    {
      title: () => 'Số liệu quan trắc khí tượng phục vụ sản xuất nông nghiệp',
      facts: [
        () => 'Hợp tác xã cần số liệu lượng mưa và nhiệt độ nhiều năm để lập kế hoạch mùa vụ.',
        () => 'Thủ tục khai thác, sử dụng thông tin dữ liệu khí tượng thủy văn có mất phí không?',
      ],
    },
  ],
  'bien-hai-dao': [
    {
      title: () => 'Giao khu vực biển cho nuôi trồng thủy sản',
      facts: [
        () => 'Chúng tôi muốn thuê khu vực biển để nuôi trồng thủy sản theo hình thức lồng bè.',
        () => 'Cơ quan nào có thẩm quyền giao khu vực biển và thời hạn giao tối đa là bao lâu?',
      ],
    },
  ],
  'do-dac-ban-do': [
    {
      title: () => 'Sai lệch bản đồ địa chính so với hiện trạng sử dụng đất',
      facts: [
        (s) =>
          `Bản đồ địa chính đo năm ${s.year} thể hiện thửa đất nhà tôi nhỏ hơn thực tế khoảng ${Math.round(s.area / 30)} m².`,
        () =>
          'Gia đình tôi muốn đề nghị đo đạc chỉnh lý bản đồ thì cần làm thủ tục gì và chi phí ra sao?',
      ],
    },
    {
      title: (s) => `Đo đạc lại diện tích thửa đất ${s.area} m²`,
      facts: [
        () =>
          'Diện tích ghi trên giấy chứng nhận khác với kết quả đo đạc khi làm thủ tục chuyển nhượng.',
        () => 'Phần diện tích chênh lệch được xử lý như thế nào khi cấp đổi giấy chứng nhận?',
      ],
    },
  ],
  'bien-doi-khi-hau': [
    {
      title: () => 'Hỗ trợ chuyển đổi cây trồng thích ứng biến đổi khí hậu',
      facts: [
        () => 'Mấy năm gần đây hạn hán kéo dài, lúa vụ chiêm ở địa phương tôi thường thiếu nước.',
        () =>
          'Nhà nước có chính sách hỗ trợ chuyển đổi cây trồng để thích ứng với biến đổi khí hậu không?',
      ],
    },
    {
      title: () => 'Kiểm kê khí nhà kính đối với cơ sở sản xuất',
      facts: [
        () => 'Nhà máy của công ty tiêu thụ nhiều điện và than cho lò hơi.',
        () =>
          'Cơ sở như thế nào thuộc danh mục phải kiểm kê khí nhà kính và thời hạn báo cáo ra sao?',
      ],
    },
  ],
};

const OPENINGS = [
  'Kính gửi Sở Tài nguyên và Môi trường.',
  (s: Slots) => `Tôi là người dân đang sinh sống tại ${s.place}.`,
  'Tôi xin gửi câu hỏi đến buổi giao lưu trực tuyến.',
  (s: Slots) => `Tôi tên là ${s.asker}, thường trú tại ${s.place}.`,
  'Thay mặt các hộ dân trong tổ dân phố, tôi xin hỏi như sau.',
  'Chào ban tổ chức buổi giao lưu.',
  (s: Slots) => `Năm ${s.year + 1} gia đình tôi chuyển về ${s.place} sinh sống.`,
  '',
  '',
];

/** Circumstances people add, in their own words: what makes two questions on a subject differ. */
const DETAILS = [
  (s: Slots) => `Hồ sơ đã nộp ở bộ phận một cửa từ tháng ${s.month} nhưng chưa có kết quả.`,
  (s: Slots) => `Ủy ban nhân dân ${s.place} đã tổ chức họp dân ${s.count} lần mà chưa thống nhất.`,
  () => 'Nhà tôi có ba thế hệ cùng sinh sống, thu nhập chủ yếu từ làm ruộng.',
  () => 'Tôi đã gọi đường dây nóng nhưng chưa được trả lời cụ thể.',
  (s: Slots) => `Khu vực này có khoảng ${s.count * 12} hộ dân chịu ảnh hưởng.`,
  () => 'Cán bộ tiếp dân hẹn trả lời bằng văn bản nhưng đến nay chưa nhận được.',
  (s: Slots) => `Trước đây ông bà tôi khai hoang phần đất này từ năm ${s.year - 20}.`,
  () => 'Tôi đang làm việc ở nước ngoài nên muốn ủy quyền cho em trai làm thủ tục.',
  () => 'Chúng tôi có ảnh chụp và video ghi lại sự việc nếu Sở cần kiểm tra.',
  (s: Slots) => `Đơn vị thi công cho biết dự án sẽ khởi công vào quý ${1 + (s.count % 4)} tới.`,
  () => 'Mẹ tôi đã cao tuổi, đi lại khó khăn nên mong thủ tục được đơn giản.',
  () => 'Hàng xóm cũng gặp trường hợp tương tự nhưng được giải quyết khác.',
  (s: Slots) => `Tôi đã nộp phí ${s.count * 150} nghìn đồng cho việc đo vẽ.`,
  () => 'Thôn tôi giáp ranh hai xã nên không rõ thuộc thẩm quyền nơi nào.',
  () => 'Doanh nghiệp đã có giấy phép đầu tư nhưng vẫn chưa được giao mặt bằng.',
  () => 'Trong thời gian chờ, gia đình không thể vay vốn ngân hàng để làm ăn.',
  (s: Slots) => `Tôi đã gửi đơn lên Ủy ban nhân dân vào ngày ${s.month + 3} tháng ${s.month}.`,
  () => 'Người dân rất bức xúc vì sự việc kéo dài nhiều năm.',
];

const CLOSINGS = [
  'Xin hỏi Sở, trường hợp của tôi được giải quyết như thế nào?',
  'Đề nghị Sở hướng dẫn trình tự, thủ tục và thời gian giải quyết.',
  'Rất mong nhận được câu trả lời của Sở. Xin cảm ơn.',
  'Xin Sở cho biết quy định hiện hành về vấn đề này.',
  'Tôi cần chuẩn bị những giấy tờ gì và nộp ở đâu?',
  'Kính mong Sở sớm kiểm tra và xử lý dứt điểm.',
  'Xin trân trọng cảm ơn.',
  '',
];

/** Weights of the fields in a department's real mail: land questions dominate. */
export const FIELD_WEIGHTS = {
  'dat-dai': 40,
  'moi-truong': 25,
  'tai-nguyen-nuoc': 10,
  'khoang-san': 8,
  'do-dac-ban-do': 6,
  'khi-tuong-thuy-van': 4,
  'bien-doi-khi-hau': 4,
  'bien-hai-dao': 3,
};

/** The rare word searched for: gypsum ("thạch cao") appears in a handful of questions only. */
export const RARE_WORD = 'thạch cao';
const RARE_TOPIC: Topic = {
  title: () => 'Khai thác thạch cao trái phép ở bãi ven sông',
  facts: [() => 'Có người tập kết và khai thác thạch cao trái phép ngay bãi ven sông gần nhà tôi.'],
};

export type QuestionText = {
  title: string;
  body: string;
  askerName: string;
  askerKind: 'citizen' | 'business';
  organisation: string | null;
  locality: string;
};

export function questionText(random: Random, fieldSlug: string, rare = false): QuestionText {
  const asker = `${pick(random, FAMILY)} ${pick(random, MIDDLE)} ${pick(random, random() < 0.5 ? GIVEN : GIVEN_MORE)}`;
  const slots: Slots = {
    place: pick(random, PLACES),
    area: 40 + Math.floor(random() * 960),
    year: 1985 + Math.floor(random() * 38),
    month: 1 + Math.floor(random() * 12),
    count: 2 + Math.floor(random() * 9),
    asker,
  };
  const topic = rare ? RARE_TOPIC : pick(random, TOPICS[fieldSlug] ?? TOPICS['dat-dai'] ?? []);
  const opening = pick(random, OPENINGS);
  const facts = topic.facts.filter((_, index) => index === 0 || random() < 0.7);
  const details = Array.from({ length: Math.floor(random() * 3) }, () => pick(random, DETAILS));
  const middle = [...facts, ...details].sort(() => random() - 0.5);
  const body = [
    typeof opening === 'function' ? opening(slots) : opening,
    ...middle.map((sentence) => sentence(slots)),
    pick(random, CLOSINGS),
  ]
    .filter(Boolean)
    .join(' ');
  const business = random() < 0.1;

  return {
    title: topic.title(slots),
    body,
    askerName: asker,
    askerKind: business ? 'business' : 'citizen',
    organisation: business ? pick(random, COMPANIES) : null,
    locality: slots.place,
  };
}
