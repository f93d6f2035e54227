import {
  type AdminExchange,
  adminExchangeListSchema,
  adminExchangeSchema,
  type ExchangeAdminStatus,
  type ExchangeState,
  type ExchangeSummary,
  exchangeDetailSchema,
  exchangeListSchema,
  type FieldDto,
} from '@giaoluu/contracts';
import type { StaffFetch } from '../auth/staff-fetch.ts';

/**
 * An exchange as the staff pages need it. Admins read it from the admin API (drafts and
 * rehearsals included); other staff may not call that API and read the public one, which
 * lists what is announced, live or ended: all a live day needs.
 */
export type StaffExchange = {
  id: string;
  title: string;
  state: ExchangeState;
  status: ExchangeAdminStatus | null;
  schedule: ExchangeSummary['schedule'];
  fields: FieldDto[];
};

export async function fetchStaffExchanges(
  staffFetch: StaffFetch,
  admin: boolean,
  signal?: AbortSignal,
): Promise<StaffExchange[]> {
  if (admin) {
    const { items } = await staffFetch('/admin/exchanges', adminExchangeListSchema, { signal });
    return items.map(fromAdmin);
  }
  const { items } = await staffFetch('/exchanges', exchangeListSchema, { signal });
  return items.map((item) => ({ ...item, status: null, fields: [] }));
}

export async function fetchStaffExchange(
  staffFetch: StaffFetch,
  id: string,
  admin: boolean,
  signal?: AbortSignal,
): Promise<StaffExchange> {
  const path = `/${admin ? 'admin/' : ''}exchanges/${encodeURIComponent(id)}`;
  if (admin) return fromAdmin(await staffFetch(path, adminExchangeSchema, { signal }));
  const detail = await staffFetch(path, exchangeDetailSchema, { signal });
  return { ...detail, status: null };
}

function fromAdmin(exchange: AdminExchange): StaffExchange {
  const { id, title, state, status, schedule, fields } = exchange;
  return { id, title, state, status, schedule, fields };
}
