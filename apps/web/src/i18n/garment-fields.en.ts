/**
 * English names of the garment's fields and of the values of its newer enums (the editor reads
 * them; older vocabularies — classes, types, colours, occasions, warmth — keep their own maps).
 * A field added to core's GARMENT_FIELDS fails test/garment-fields-i18n.test.ts until named here.
 */
export const garmentFieldsEn = {
  fields: {
    labels: {
      clase_nombre: 'Garment',
      tipo: 'Type',
      color: 'Colour',
      color_hex: 'Colour code',
      color_origen: 'Colour named by',
      color_proporcion: 'Share of the main colour',
      colores_secundarios: 'Other colours',
      estampado_sugerido: 'Suggested pattern',
      ocasion: 'Occasions',
      calidez: 'Warmth',
      categoria_id: 'Category',
      mostrar_recorte: 'Show the cut-out',
      marca: 'Brand',
      precio: 'Price',
      moneda: 'Currency',
      fecha_compra: 'Bought on',
      talla: 'Size',
      material: 'Material',
      estampado: 'Pattern',
      temporadas: 'Seasons',
      notas: 'Notes',
      favorito: 'Favourite',
      etiquetas: 'Tags',
      lavado: 'Laundry',
      estado: 'Status',
      motivo_archivo: 'Why it left',
      fecha_archivo: 'Archived on',
    } as Record<string, string>,
    values: {
      estampado: {
        liso: 'Plain',
        rayas: 'Stripes',
        cuadros: 'Checks',
        lunares: 'Polka dots',
        floral: 'Floral',
        estampado: 'Print',
        otro: 'Other',
      },
      temporadas: { primavera: 'Spring', verano: 'Summer', otoño: 'Autumn', invierno: 'Winter' },
      lavado: { limpia: 'Clean', para_lavar: 'In the wash' },
      estado: { activa: 'In the wardrobe', archivada: 'Archived' },
      motivo_archivo: {
        vendida: 'Sold',
        donada: 'Donated',
        regalada: 'Given away',
        rota: 'Worn out',
        otro: 'Other',
      },
    } as Record<string, Record<string, string>>,
    moreDetails: 'More details',
    yes: 'Yes',
    tagsHint: 'Separate tags with commas',
    notSet: 'Not set',
  },
  trueColours: {
    title: 'Colours',
    /** The main colour's share of the garment. */
    main: (pct: string) => `${pct} of the garment`,
    origin: {
      foto: 'Estimated from the photo',
      recorte: 'Measured on the cut-out',
      persona: 'Named by you',
    } as Record<string, string>,
    patternHint: (pattern: string) => `The pixels suggest: ${pattern}`,
  },
};
