-- Customs-broker accounts (newsletter/brokers/): a broker keeps many client profiles and
-- gets one digest per client. The broker's access token is stored as its SHA-256 only.
-- broker_deliveries is the per-(client, period) at-most-once claim, as digest_deliveries.
CREATE TABLE `brokers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`language` text DEFAULT 'zh' NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `brokers_name_uq` ON `brokers` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `brokers_token_hash_uq` ON `brokers` (`token_hash`);--> statement-breakpoint
CREATE TABLE `broker_clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`broker_id` integer NOT NULL,
	`name` text NOT NULL,
	`profile` text NOT NULL,
	`contact_email` text,
	`send_direct` integer DEFAULT false NOT NULL,
	`language` text DEFAULT 'zh' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`broker_id`) REFERENCES `brokers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `broker_clients_broker_name_uq` ON `broker_clients` (`broker_id`,`name`);--> statement-breakpoint
CREATE TABLE `broker_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`period` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`message_id` text,
	`claimed_at` integer,
	`sent_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `broker_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `broker_deliveries_client_period_uq` ON `broker_deliveries` (`client_id`,`period`);
