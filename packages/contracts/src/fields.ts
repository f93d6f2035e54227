import { z } from 'zod';

/** Lĩnh vực: the subject areas of the ministry, identified by stable slugs. */
export const FIELD_SLUGS = [
  'dat-dai',
  'moi-truong',
  'tai-nguyen-nuoc',
  'khoang-san',
  'khi-tuong-thuy-van',
  'bien-hai-dao',
  'do-dac-ban-do',
  'bien-doi-khi-hau',
] as const;

export const fieldSlugSchema = z.string().max(64);

export const fieldSchema = z.object({
  slug: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
});
export type FieldDto = z.infer<typeof fieldSchema>;
