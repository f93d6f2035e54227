import { z } from 'zod';

export const tenantSchema = z.object({
  slug: z.string(),
  kind: z.enum(['ministry', 'department']),
  name: z.string(),
  provinceName: z.string().nullable(),
  contacts: z.object({
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  }),
  ministryUrl: z.string(),
});
export type TenantDto = z.infer<typeof tenantSchema>;
