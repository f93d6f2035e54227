import type { PrismaClient } from '../generated/prisma/client.ts';
import { seedDemoData } from './demo-data.ts';
import { seedReferenceData } from './reference-data.ts';

/** Reference data always; demo data only when asked for. Safe to run on every start. */
export async function seedDatabase(prisma: PrismaClient, options: { demo: boolean; now: Date }) {
  await seedReferenceData(prisma);
  if (options.demo) await seedDemoData(prisma, options.now);
}
