-- AlterTable
ALTER TABLE "Exchange" ADD COLUMN     "cancelReason" TEXT;
