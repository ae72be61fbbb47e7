CREATE TABLE `garment_suggestions` (
	`user_id` text NOT NULL,
	`garment_id` text NOT NULL,
	`veces` integer NOT NULL,
	`primera` text NOT NULL,
	`ultima` text NOT NULL,
	PRIMARY KEY(`user_id`, `garment_id`),
	FOREIGN KEY (`garment_id`) REFERENCES `garments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `garment_suggestions_garment` ON `garment_suggestions` (`garment_id`);