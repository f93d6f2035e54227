import {
  type StaffCreate,
  type StaffUpdate,
  type StaffUserDto,
  staffListSchema,
  staffUserSchema,
} from '@giaoluu/contracts';
import type { StaffFetch } from '../auth/staff-fetch.ts';

export function fetchStaff(staffFetch: StaffFetch, signal?: AbortSignal) {
  return staffFetch('/admin/staff', staffListSchema, { signal });
}

export function createStaff(staffFetch: StaffFetch, body: StaffCreate): Promise<StaffUserDto> {
  return staffFetch('/admin/staff', staffUserSchema, { method: 'POST', body });
}

export function updateStaff(
  staffFetch: StaffFetch,
  id: string,
  body: StaffUpdate,
): Promise<StaffUserDto> {
  return staffFetch(`/admin/staff/${encodeURIComponent(id)}`, staffUserSchema, {
    method: 'PATCH',
    body,
  });
}
