-- Push targets owned by a broker's client: see the SQLite migration of the same number.
ALTER TABLE "channel_targets" ALTER COLUMN "subscriber_id" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "channel_targets" ADD COLUMN "broker_client_id" integer REFERENCES "broker_clients"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "channel_targets" ADD CONSTRAINT "channel_targets_one_owner" CHECK (("subscriber_id" IS NULL) <> ("broker_client_id" IS NULL));
--> statement-breakpoint
CREATE INDEX "channel_targets_broker_client_idx" ON "channel_targets" ("broker_client_id");
