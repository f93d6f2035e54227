import { z } from 'zod';
import { optionalUserText, userText } from './text.ts';

export const STAFF_ROLES = [
  'admin',
  'moderator',
  'expert',
  'leader',
  'ministry_admin',
  'ministry_expert',
] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES, { error: 'Vai trò không hợp lệ.' });
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Roles a department admin may give; ministry roles exist only on the ministry's site. */
export const DEPARTMENT_ROLES = ['admin', 'moderator', 'expert', 'leader'] as const;

export const PASSWORD_MIN = 10;
export const passwordSchema = z
  .string({ error: 'Vui lòng nhập mật khẩu.' })
  .min(PASSWORD_MIN, { message: `Mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự.` })
  .max(200, { message: 'Mật khẩu không được dài quá 200 ký tự.' });

export const staffEmailSchema = z
  .email({ message: 'Địa chỉ email không hợp lệ.' })
  .max(254)
  .transform((email) => email.toLowerCase());

export const personRefSchema = z.object({ id: z.uuid(), name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

// ---- auth -------------------------------------------------------------------------------

export const loginRequestSchema = z.object({
  email: staffEmailSchema,
  password: z
    .string({ error: 'Vui lòng nhập mật khẩu.' })
    .min(1, { message: 'Vui lòng nhập mật khẩu.' })
    .max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The signed-in staff member. `csrfToken` goes back in the X-CSRF-Token header of every change. */
export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  position: z.string().nullable(),
  roles: z.array(staffRoleSchema),
  tenant: z.object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(['ministry', 'department']),
  }),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, { message: 'Vui lòng nhập mật khẩu hiện tại.' }).max(200),
  newPassword: passwordSchema,
});

export const CSRF_HEADER = 'x-csrf-token';

// ---- staff administration (department admin) --------------------------------------------

export const staffUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  position: z.string().nullable(),
  roles: z.array(staffRoleSchema),
  disabled: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type StaffUserDto = z.infer<typeof staffUserSchema>;
export const staffListSchema = z.object({ items: z.array(staffUserSchema) });
export type StaffList = z.infer<typeof staffListSchema>;

const rolesSchema = z
  .array(staffRoleSchema)
  .min(1, { message: 'Chọn ít nhất một vai trò.' })
  .max(STAFF_ROLES.length);

export const staffCreateSchema = z.object({
  email: staffEmailSchema,
  name: userText({ label: 'họ và tên', max: 100 }),
  position: optionalUserText({ label: 'chức vụ', max: 150 }),
  roles: rolesSchema,
  password: passwordSchema,
});
export type StaffCreate = z.input<typeof staffCreateSchema>;
export type ValidStaffCreate = z.output<typeof staffCreateSchema>;

export const staffUpdateSchema = z.object({
  name: userText({ label: 'họ và tên', max: 100 }).optional(),
  position: userText({ label: 'chức vụ', max: 150 }).nullable().optional(),
  roles: rolesSchema.optional(),
  disabled: z.boolean().optional(),
});
export type StaffUpdate = z.input<typeof staffUpdateSchema>;
export type ValidStaffUpdate = z.output<typeof staffUpdateSchema>;

export const idParamsSchema = z.object({ id: z.uuid({ error: 'Mã không hợp lệ.' }) });
