-- AlterTable
ALTER TABLE "LoginSession" DROP COLUMN "csrfSecret";
