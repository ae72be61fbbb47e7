ALTER TABLE `garments` ADD `color_origen` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `color_proporcion` real;--> statement-breakpoint
ALTER TABLE `garments` ADD `colores_secundarios` text;--> statement-breakpoint
ALTER TABLE `garments` ADD `estampado_sugerido` text;