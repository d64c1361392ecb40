-- The pages a crawl saw when structure detection stood in: see the SQLite migration of the same number.
CREATE TABLE "source_pages" (
	"source_id" text NOT NULL,
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"html" text NOT NULL,
	"run_id" integer,
	"seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "source_pages_pk" PRIMARY KEY("source_id","kind")
);
