ALTER TABLE `outfits` ADD `razones` text;--> statement-breakpoint
ALTER TABLE `outfits` ADD `ultimo_uso` text;