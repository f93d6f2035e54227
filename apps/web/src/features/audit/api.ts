import { type AuditPage, auditPageSchema } from '@giaoluu/contracts';
import type { StaffFetch } from '../auth/staff-fetch.ts';

export function fetchAudit(
  staffFetch: StaffFetch,
  query: string,
  signal?: AbortSignal,
): Promise<AuditPage> {
  return staffFetch(`/admin/audit?${query}`, auditPageSchema, { signal });
}
