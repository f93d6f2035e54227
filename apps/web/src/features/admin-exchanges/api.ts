import {
  type AdminExchange,
  adminExchangeListSchema,
  adminExchangeSchema,
  type ValidExchangeInput,
} from '@giaoluu/contracts';
import type { StaffFetch } from '../auth/staff-fetch.ts';

const base = '/admin/exchanges';
const one = (id: string, action = '') =>
  `${base}/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export function fetchAdminExchanges(staffFetch: StaffFetch, signal?: AbortSignal) {
  return staffFetch(base, adminExchangeListSchema, { signal });
}

export function fetchAdminExchange(staffFetch: StaffFetch, id: string, signal?: AbortSignal) {
  return staffFetch(one(id), adminExchangeSchema, { signal });
}

export function createExchange(
  staffFetch: StaffFetch,
  input: ValidExchangeInput,
): Promise<AdminExchange> {
  return staffFetch(base, adminExchangeSchema, { method: 'POST', body: input });
}

export function updateExchange(
  staffFetch: StaffFetch,
  id: string,
  input: ValidExchangeInput,
): Promise<AdminExchange> {
  return staffFetch(one(id), adminExchangeSchema, { method: 'PUT', body: input });
}

export function announceExchange(staffFetch: StaffFetch, id: string): Promise<AdminExchange> {
  return staffFetch(one(id, 'announce'), adminExchangeSchema, { method: 'POST' });
}

export function cancelExchange(
  staffFetch: StaffFetch,
  id: string,
  reason: string,
): Promise<AdminExchange> {
  return staffFetch(one(id, 'cancel'), adminExchangeSchema, {
    method: 'POST',
    body: { reason },
  });
}
