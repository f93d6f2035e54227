import type { FieldError } from '@giaoluu/contracts';

/**
 * The one error type of the API: an HTTP status, a stable machine code and a message in
 * Vietnamese that a person can act on. The error handler turns it into problem+json.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { errors?: FieldError[]; ministryUrl?: string } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (code: string, message: string) => new AppError(404, code, message);

export const conflict = (code: string, message: string) => new AppError(409, code, message);

export const invalidField = (field: string, code: string, message: string) =>
  new AppError(422, 'validation_failed', 'Thông tin gửi lên chưa hợp lệ.', {
    errors: [{ field, code, message }],
  });
