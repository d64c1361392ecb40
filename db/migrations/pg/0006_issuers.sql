-- Extraction fidelity (issue 18): every issuer of a co-issued notice, the page signal that
-- gave its agency and its published date, and a summary kept beside the full text.
-- Existing notices keep their agency; their list starts as that one agency and their
-- signals as unknown (NULL: recorded before signals were).
ALTER TABLE "notices" ADD COLUMN "agencies" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "agency_signal" text;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "date_signal" text;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "summary" text;--> statement-breakpoint
ALTER TABLE "notices" ALTER COLUMN "agencies" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notices" ALTER COLUMN "summary" SET STATISTICS 0;--> statement-breakpoint
UPDATE "notices" SET "agencies" = jsonb_build_array("agency") WHERE "agency" IS NOT NULL;
