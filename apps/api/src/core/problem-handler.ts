import { type FieldError, type Problem, stableIssueCode } from '@giaoluu/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors.ts';

const PROBLEM_TYPE = 'about:blank';

/** Messages for the framework's own client errors, so even those reach a person in Vietnamese. */
const FRAMEWORK_ERRORS: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'invalid_json',
    message: 'Dữ liệu gửi lên không phải JSON hợp lệ.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'empty_body', message: 'Yêu cầu thiếu nội dung.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body_too_large', message: 'Nội dung gửi lên quá lớn.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'Định dạng dữ liệu không được hỗ trợ; hãy gửi JSON.',
  },
  FST_CSRF_INVALID_TOKEN: {
    code: 'csrf_invalid',
    message: 'Phiên làm việc không hợp lệ hoặc đã hết hạn. Vui lòng tải lại trang rồi thử lại.',
  },
  FST_CSRF_MISSING_SECRET: {
    code: 'csrf_invalid',
    message: 'Phiên làm việc không hợp lệ hoặc đã hết hạn. Vui lòng tải lại trang rồi thử lại.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'invalid_body',
    message: 'Độ dài nội dung không khớp.',
  },
};

export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map(toFieldError);
      request.log.warn({ fields: errors.map((e) => e.field) }, 'validation failed');
      return sendProblem(request, reply, {
        status: 422,
        code: 'validation_failed',
        detail: 'Thông tin gửi lên chưa hợp lệ. Vui lòng kiểm tra các mục được đánh dấu.',
        errors,
      });
    }

    if (error instanceof AppError) {
      const level = error.status >= 500 ? 'error' : 'warn';
      request.log[level]({ code: error.code }, error.message);
      return sendProblem(request, reply, {
        status: error.status,
        code: error.code,
        detail: error.message,
        ...error.extra,
      });
    }

    const status = error.statusCode ?? 500;
    if (status < 500) {
      const known = FRAMEWORK_ERRORS[error.code];
      request.log.warn({ code: error.code }, error.message);
      return sendProblem(request, reply, {
        status,
        code: known?.code ?? 'bad_request',
        detail: known?.message ?? 'Yêu cầu không hợp lệ.',
      });
    }

    // A fault: its details stay in the log; the client gets the request id to quote.
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, {
      status: 500,
      code: 'internal_error',
      detail: `Đã có lỗi xảy ra ở máy chủ. Vui lòng thử lại sau; nếu lỗi lặp lại, hãy báo mã ${request.id}.`,
    });
  });
}

type ProblemInput = Omit<Problem, 'type' | 'title' | 'requestId'>;

export function sendProblem(request: FastifyRequest, reply: FastifyReply, input: ProblemInput) {
  const problem: Problem = {
    type: PROBLEM_TYPE,
    title: titleFor(input.status),
    requestId: request.id,
    ...input,
  };
  return reply.status(input.status).type('application/problem+json; charset=utf-8').send(problem);
}

function toFieldError(issue: {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}): FieldError {
  const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || 'body';
  // fastify-type-provider-zod moves the issue's own fields, except path and message, to params.
  const code = stableIssueCode({ ...issue.params, code: issue.keyword });
  return { field, code, message: issue.message ?? '' };
}

function titleFor(status: number): string {
  if (status === 404) return 'Không tìm thấy';
  if (status === 409) return 'Xung đột trạng thái';
  if (status === 422) return 'Dữ liệu không hợp lệ';
  if (status === 429) return 'Quá nhiều yêu cầu';
  if (status >= 500) return 'Lỗi máy chủ';
  return 'Yêu cầu không hợp lệ';
}
