CREATE TABLE `garments` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`image_key` text NOT NULL,
	`thumbnail_key` text,
	`imagen_url` text NOT NULL,
	`thumbnail_url` text,
	`tipo` text NOT NULL,
	`clase_nombre` text NOT NULL,
	`color` text NOT NULL,
	`color_hex` text,
	`confianza` real NOT NULL,
	`confirmado` integer,
	`modelo` text,
	`ocasion` text DEFAULT '[]' NOT NULL,
	`fecha_agregada` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `garments_user_date` ON `garments` (`user_id`,`fecha_agregada`);--> statement-breakpoint
CREATE INDEX `garments_user_tipo` ON `garments` (`user_id`,`tipo`);--> statement-breakpoint
CREATE TABLE `outfits` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`superior_id` text,
	`superior_secundario_id` text,
	`inferior_id` text,
	`vestido_id` text,
	`zapatos_id` text NOT NULL,
	`abrigo_id` text,
	`sombrero_id` text,
	`puntuacion` real DEFAULT 0 NOT NULL,
	`nombre` text,
	`ocasion` text,
	`explicaciones` text,
	`fecha_creacion` text NOT NULL,
	FOREIGN KEY (`superior_id`) REFERENCES `garments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`superior_secundario_id`) REFERENCES `garments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inferior_id`) REFERENCES `garments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`vestido_id`) REFERENCES `garments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`zapatos_id`) REFERENCES `garments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`abrigo_id`) REFERENCES `garments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sombrero_id`) REFERENCES `garments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outfits_user_date` ON `outfits` (`user_id`,`fecha_creacion`);--> statement-breakpoint
CREATE INDEX `outfits_superior` ON `outfits` (`superior_id`);--> statement-breakpoint
CREATE INDEX `outfits_superior_secundario` ON `outfits` (`superior_secundario_id`);--> statement-breakpoint
CREATE INDEX `outfits_inferior` ON `outfits` (`inferior_id`);--> statement-breakpoint
CREATE INDEX `outfits_vestido` ON `outfits` (`vestido_id`);--> statement-breakpoint
CREATE INDEX `outfits_zapatos` ON `outfits` (`zapatos_id`);--> statement-breakpoint
CREATE INDEX `outfits_abrigo` ON `outfits` (`abrigo_id`);--> statement-breakpoint
CREATE INDEX `outfits_sombrero` ON `outfits` (`sombrero_id`);--> statement-breakpoint
CREATE TABLE `profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`nombre` text,
	`edad` integer,
	`altura` real,
	`peso` real,
	`colores` text DEFAULT '[]' NOT NULL,
	`ocasion` text NOT NULL,
	`estilo` text NOT NULL,
	`incluir_vestido` integer NOT NULL,
	`incluir_abrigo` integer NOT NULL,
	`layered_top` integer NOT NULL,
	`top_preference` text DEFAULT 'any' NOT NULL,
	`updated_at` text NOT NULL
);
