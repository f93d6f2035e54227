import { problemSchema } from '@giaoluu/contracts';

/**
 * The refusals a staff route may give, for the OpenAPI document: not signed in, wrong role,
 * not found in this tenant, wrong state, invalid input.
 */
export const staffProblems = {
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
