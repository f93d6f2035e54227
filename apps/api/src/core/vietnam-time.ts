const VIETNAM_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** `08:00 27/12/2026`-style text for messages, always in Vietnam's time zone. */
export function formatVietnamTime(at: Date): string {
  const parts = Object.fromEntries(VIETNAM_TIME.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ngày ${parts.day}/${parts.month}/${parts.year}`;
}
