import { z } from 'zod';

/** One invalid input field, with a stable code and a message in Vietnamese. */
export const fieldErrorSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** Every error response is RFC 9457 problem+json with a stable machine code. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  requestId: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
  ministryUrl: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
