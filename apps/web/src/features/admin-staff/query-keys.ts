export const adminStaffKeys = {
  all: ['admin-staff'] as const,
  list: () => [...adminStaffKeys.all, 'list'] as const,
};
