-- Push targets owned by a broker's client (a WeCom group the broker runs for that client),
-- beside those of subscribers: exactly one owner per target. SQLite cannot drop NOT NULL,
-- so the table is rebuilt; openSqlite runs migrations with foreign keys off (no cascade
-- from the DROP into channel_deliveries) and checks them after.
CREATE TABLE `channel_targets_new` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscriber_id` integer,
	`broker_client_id` integer,
	`kind` text NOT NULL,
	`url` text NOT NULL,
	`secret` text,
	`label` text,
	`schedule` text DEFAULT 'weekly' NOT NULL,
	`instant_topics` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`pause_reason` text,
	`failures` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`last_success_at` integer,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`broker_client_id`) REFERENCES `broker_clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT `channel_targets_one_owner` CHECK ((`subscriber_id` IS NULL) <> (`broker_client_id` IS NULL))
);
--> statement-breakpoint
INSERT INTO `channel_targets_new` (`id`, `subscriber_id`, `broker_client_id`, `kind`, `url`, `secret`, `label`, `schedule`, `instant_topics`, `status`, `pause_reason`, `failures`, `created_at`, `last_success_at`)
	SELECT `id`, `subscriber_id`, NULL, `kind`, `url`, `secret`, `label`, `schedule`, `instant_topics`, `status`, `pause_reason`, `failures`, `created_at`, `last_success_at` FROM `channel_targets`;
--> statement-breakpoint
DROP TABLE `channel_targets`;
--> statement-breakpoint
ALTER TABLE `channel_targets_new` RENAME TO `channel_targets`;
--> statement-breakpoint
CREATE INDEX `channel_targets_subscriber_idx` ON `channel_targets` (`subscriber_id`);
--> statement-breakpoint
CREATE INDEX `channel_targets_broker_client_idx` ON `channel_targets` (`broker_client_id`);
