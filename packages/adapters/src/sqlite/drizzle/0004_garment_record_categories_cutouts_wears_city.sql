CREATE TABLE `categories` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`nombre` text NOT NULL,
	`nombre_clave` text NOT NULL,
	`icono` text,
	`color` text,
	`rol` text NOT NULL,
	`refina` text,
	`fecha_creacion` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `categories_user_name` ON `categories` (`user_id`,`nombre_clave`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`fecha` text NOT NULL,
	`outfit_id` text,
	`prendas` text NOT NULL,
	`ocasion` text,
	`nota` text,
	`creado` text NOT NULL,
	FOREIGN KEY (`outfit_id`) REFERENCES `outfits`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `plans_user_day` ON `plans` (`user_id`,`fecha`);--> statement-breakpoint
CREATE INDEX `plans_outfit` ON `plans` (`outfit_id`);--> statement-breakpoint
CREATE TABLE `wear_garments` (
	`wear_id` text NOT NULL,
	`garment_id` text NOT NULL,
	`user_id` text NOT NULL,
	`fecha` text NOT NULL,
	`worn_at` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`wear_id`, `garment_id`),
	FOREIGN KEY (`wear_id`) REFERENCES `wears`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`garment_id`) REFERENCES `garments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wear_garments_garment_day` ON `wear_garments` (`garment_id`,`worn_at`);--> statement-breakpoint
CREATE TABLE `wears` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`fecha` text NOT NULL,
	`outfit_id` text,
	`nota` text,
	`creado` text NOT NULL,
	`worn_at` text NOT NULL,
	FOREIGN KEY (`outfit_id`) REFERENCES `outfits`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `wears_user_day` ON `wears` (`user_id`,`fecha`);--> statement-breakpoint
CREATE INDEX `wears_outfit` ON `wears` (`outfit_id`);--> statement-breakpoint
ALTER TABLE `garments` ADD `marca` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `precio` real;--> statement-breakpoint
ALTER TABLE `garments` ADD `moneda` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `fecha_compra` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `talla` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `material` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `estampado` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `temporadas` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `notas` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `favorito` integer DEFAULT false;--> statement-breakpoint
ALTER TABLE `garments` ADD `etiquetas` text DEFAULT '[]';--> statement-breakpoint
ALTER TABLE `garments` ADD `lavado` text DEFAULT 'limpia';--> statement-breakpoint
ALTER TABLE `garments` ADD `estado` text DEFAULT 'activa';--> statement-breakpoint
ALTER TABLE `garments` ADD `motivo_archivo` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `fecha_archivo` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `categoria_id` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `recorte_key` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `recorte_url` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `mostrar_recorte` integer;--> statement-breakpoint
CREATE INDEX `garments_user_estado_page` ON `garments` (`user_id`,`estado`,`fecha_agregada`,`id`);--> statement-breakpoint
CREATE INDEX `garments_user_categoria` ON `garments` (`user_id`,`categoria_id`);--> statement-breakpoint
ALTER TABLE `profiles` ADD `ciudad` text;--> statement-breakpoint
ALTER TABLE `profiles` ADD `style_preference` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `profiles` ADD `moneda` text DEFAULT 'EUR' NOT NULL;