-- Push channels beside mail (newsletter/channels/): see the SQLite migration of the same number.
CREATE TABLE "channel_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"subscriber_id" integer NOT NULL,
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"secret" text,
	"label" text,
	"schedule" text DEFAULT 'weekly' NOT NULL,
	"instant_topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"pause_reason" text,
	"failures" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_success_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "channel_deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"target_id" integer NOT NULL,
	"key" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"parts_sent" integer DEFAULT 0 NOT NULL,
	"parts" integer,
	"last_error" text,
	"claimed_at" timestamp with time zone,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "channel_targets" ADD CONSTRAINT "channel_targets_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_deliveries" ADD CONSTRAINT "channel_deliveries_target_id_channel_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."channel_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "channel_targets_subscriber_idx" ON "channel_targets" USING btree ("subscriber_id");--> statement-breakpoint
CREATE UNIQUE INDEX "channel_deliveries_target_key_uq" ON "channel_deliveries" USING btree ("target_id","key");
