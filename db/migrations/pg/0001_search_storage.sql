-- notice_search rows stay small: the large text vector (tsv) is always stored out of line,
-- uncompressed (read without decompressing when a phrase is rechecked), while the small
-- ranking vector (head) stays in the row. Bitmap scans of common words then touch few pages.
ALTER TABLE "notice_search" SET (toast_tuple_target = 128);--> statement-breakpoint
ALTER TABLE "notice_search" ALTER COLUMN "tsv" SET STORAGE EXTERNAL;--> statement-breakpoint
ALTER TABLE "notice_search" ALTER COLUMN "head" SET STORAGE MAIN;
