-- Customs-broker accounts (newsletter/brokers/): see the SQLite migration of the same number.
CREATE TABLE "brokers" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"language" text DEFAULT 'zh' NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "broker_clients" (
	"id" serial PRIMARY KEY NOT NULL,
	"broker_id" integer NOT NULL,
	"name" text NOT NULL,
	"profile" jsonb NOT NULL,
	"contact_email" text,
	"send_direct" boolean DEFAULT false NOT NULL,
	"language" text DEFAULT 'zh' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "broker_deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"client_id" integer NOT NULL,
	"period" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"message_id" text,
	"claimed_at" timestamp with time zone,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "broker_clients" ADD CONSTRAINT "broker_clients_broker_id_brokers_id_fk" FOREIGN KEY ("broker_id") REFERENCES "public"."brokers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "broker_deliveries" ADD CONSTRAINT "broker_deliveries_client_id_broker_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."broker_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "brokers_name_uq" ON "brokers" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "brokers_token_hash_uq" ON "brokers" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "broker_clients_broker_name_uq" ON "broker_clients" USING btree ("broker_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "broker_deliveries_client_period_uq" ON "broker_deliveries" USING btree ("client_id","period");
