import { type TenantDto, tenantSchema } from '@giaoluu/contracts';
import { apiFetch } from '../../shared/api/api-fetch.ts';

export function fetchTenant(signal?: AbortSignal): Promise<TenantDto> {
  return apiFetch('/tenant', tenantSchema, { signal });
}
