import { problemSchema } from '@giaoluu/contracts';

/** The refusals every desk answering route may give, for the OpenAPI document. */
export const deskProblems = {
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
