-- Changes asked for on the public subscribe form for an existing address wait here until
-- the owner confirms from their mailbox; rate counters are shared by every process; a crawl
-- run records its process and heartbeat, so a run whose process died can be marked interrupted.
CREATE TABLE "subscription_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"subscriber_id" integer NOT NULL,
	"language" text NOT NULL,
	"interests" jsonb NOT NULL,
	"send_empty" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "subscription_changes" ADD CONSTRAINT "subscription_changes_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subscription_changes_subscriber_idx" ON "subscription_changes" USING btree ("subscriber_id");--> statement-breakpoint
CREATE TABLE "rate_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);--> statement-breakpoint
ALTER TABLE "crawl_runs" ADD "owner" text;--> statement-breakpoint
ALTER TABLE "crawl_runs" ADD "heartbeat_at" timestamp with time zone;
