import { conflict } from '../../../core/errors.ts';
import { exchangeState } from '../exchange-state.ts';
import type { AdminExchangeRow } from './exchange-record.ts';

type Row = Pick<
  AdminExchangeRow,
  'announcedAt' | 'cancelledAt' | 'intakeOpensAt' | 'liveStartsAt' | 'liveEndsAt'
>;

// An ended exchange is the public archive of what was said: it is neither rewritten nor hidden.
const isEnded = (row: Row, now: Date) => exchangeState(row, now) === 'ended';

export function assertEditable(row: Row, now: Date): void {
  if (row.cancelledAt) {
    throw conflict('exchange_cancelled', 'Buổi giao lưu đã bị hủy nên không thể sửa.');
  }
  if (isEnded(row, now)) {
    throw conflict('exchange_ended', 'Buổi giao lưu đã kết thúc nên không thể sửa.');
  }
}

export function assertAnnounceable(row: Row, now: Date): void {
  if (row.cancelledAt) {
    throw conflict('exchange_cancelled', 'Buổi giao lưu đã bị hủy nên không thể công bố.');
  }
  if (row.announcedAt) {
    throw conflict('already_announced', 'Buổi giao lưu này đã được công bố rồi.');
  }
  // Announcing would publish an exchange that is already over, with its intake never open.
  if (row.liveEndsAt <= now) {
    throw conflict(
      'schedule_in_past',
      'Thời điểm kết thúc của buổi giao lưu đã qua; vui lòng sửa lịch trước khi công bố.',
    );
  }
}

export function assertCancellable(row: Row, now: Date): void {
  if (row.cancelledAt) {
    throw conflict('already_cancelled', 'Buổi giao lưu này đã bị hủy rồi.');
  }
  if (isEnded(row, now)) {
    throw conflict('exchange_ended', 'Buổi giao lưu đã kết thúc nên không thể hủy.');
  }
}

/** Someone else changed the exchange between our read and our write. */
export const changedMeanwhile = () =>
  conflict(
    'exchange_changed',
    'Buổi giao lưu vừa được người khác thay đổi. Vui lòng tải lại trang rồi thử lại.',
  );
