import type { PrismaClient } from '../generated/prisma/client.ts';
import { MINISTRY_SLUG } from '../modules/tenancy/tenant-host.ts';
import provinces from './provinces.json' with { type: 'json' };

export const MINISTRY_NAME = 'Bộ Tài nguyên và Môi trường';

const FIELDS = [
  { slug: 'dat-dai', nameVi: 'Đất đai', nameEn: 'Land' },
  { slug: 'moi-truong', nameVi: 'Môi trường', nameEn: 'Environment' },
  { slug: 'tai-nguyen-nuoc', nameVi: 'Tài nguyên nước', nameEn: 'Water resources' },
  { slug: 'khoang-san', nameVi: 'Khoáng sản', nameEn: 'Minerals' },
  { slug: 'khi-tuong-thuy-van', nameVi: 'Khí tượng thủy văn', nameEn: 'Hydrometeorology' },
  { slug: 'bien-hai-dao', nameVi: 'Biển và hải đảo', nameEn: 'Seas and islands' },
  { slug: 'do-dac-ban-do', nameVi: 'Đo đạc và bản đồ', nameEn: 'Surveying and mapping' },
  { slug: 'bien-doi-khi-hau', nameVi: 'Biến đổi khí hậu', nameEn: 'Climate change' },
] as const;

export function departmentName(unit: { name: string; kind: string }): string {
  const level = unit.kind === 'city' ? 'thành phố' : 'tỉnh';
  return `Sở Tài nguyên và Môi trường ${level} ${unit.name}`;
}

/**
 * The ministry, the 34 provincial departments and the fields exist in every installation.
 * Existing rows are left as they are, so an operator's edits survive a restart.
 */
export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  await prisma.tenant.upsert({
    where: { slug: MINISTRY_SLUG },
    update: {},
    create: {
      slug: MINISTRY_SLUG,
      kind: 'ministry',
      name: MINISTRY_NAME,
      contactEmail: 'gltt@monre.gov.vn',
      contactPhone: '024 3773 2732',
      address: '10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội',
    },
  });

  await prisma.tenant.createMany({
    data: provinces.units.map((unit) => ({
      slug: unit.slug,
      kind: 'department' as const,
      name: departmentName(unit),
      provinceName: unit.name,
      provinceKind: unit.kind,
    })),
    skipDuplicates: true,
  });

  await prisma.field.createMany({
    data: FIELDS.map((field, index) => ({ ...field, sortOrder: index })),
    skipDuplicates: true,
  });
}
