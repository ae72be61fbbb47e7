CREATE TABLE `trip_checks` (
	`trip_id` text NOT NULL,
	`garment_id` text NOT NULL,
	PRIMARY KEY(`trip_id`, `garment_id`),
	FOREIGN KEY (`trip_id`) REFERENCES `trips`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `trips` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`destino` text NOT NULL,
	`desde` text NOT NULL,
	`hasta` text NOT NULL,
	`dias` text NOT NULL,
	`lavanderia` integer NOT NULL,
	`plan` text,
	`creado` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `trips_user_start` ON `trips` (`user_id`,`desde`);