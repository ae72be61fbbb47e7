/**
 * Spanish wording of the reasons: the API's `explicaciones` (the seed's clients read Spanish).
 * The only place the core words a reason; other languages live in the clients.
 */
import { COLOR_NAMES, type ColorName } from '../colors.ts';
import { CLASS_NAMES, type ClassName, type Estilo, type Ocasion } from '../taxonomy.ts';
import type { ReasonCode, ReasonParams } from './reasons.ts';

/** Spanish names with grammatical gender for "el/la/los". */
const PIECE_NAME: Readonly<Record<ClassName, { name: string; article: 'el' | 'la' | 'los' }>> = {
  'T-shirt': { name: 'camiseta', article: 'la' },
  Shirt: { name: 'camisa', article: 'la' },
  Longsleeve: { name: 'prenda de manga larga', article: 'la' },
  Pants: { name: 'pantalón', article: 'el' },
  Shorts: { name: 'pantalón corto', article: 'el' },
  Skirt: { name: 'falda', article: 'la' },
  Dress: { name: 'vestido', article: 'el' },
  Shoes: { name: 'zapatos', article: 'los' },
  Outwear: { name: 'abrigo', article: 'el' },
  Hat: { name: 'sombrero', article: 'el' },
};

const FEMININE: Partial<Record<ColorName, string>> = {
  negro: 'negra',
  blanco: 'blanca',
  rojo: 'roja',
  amarillo: 'amarilla',
  morado: 'morada',
};
const PLURAL: Readonly<Record<ColorName, string>> = {
  negro: 'negros',
  blanco: 'blancos',
  gris: 'grises',
  beige: 'beige',
  marrón: 'marrones',
  rojo: 'rojos',
  naranja: 'naranja',
  amarillo: 'amarillos',
  verde: 'verdes',
  azul: 'azules',
  rosa: 'rosa',
  morado: 'morados',
  multicolor: 'multicolores',
};

const OCASION_TEXT: Readonly<Record<Ocasion, string>> = {
  casual: 'el día a día',
  formal: 'un evento formal',
  deportivo: 'hacer deporte',
  fiesta: 'una fiesta',
  trabajo: 'el trabajo',
};

const ESTILO_FIT_TEXT: Readonly<Record<Estilo, string>> = {
  minimalista: 'Colores neutros y pocas piezas llamativas: encaja con tu estilo minimalista.',
  colorido: 'Color con intención: encaja con tu estilo colorido.',
  elegante: 'Piezas arregladas en tonos sobrios: encaja con tu estilo elegante.',
  moderno: 'Contraste gráfico y un acento claro: encaja con tu estilo moderno.',
};

const TOP_NAME: Readonly<Record<string, string>> = {
  'T-shirt': 'camiseta',
  Shirt: 'camisa',
  Longsleeve: 'manga larga',
};

const isClass = (v: unknown): v is ClassName => (CLASS_NAMES as readonly unknown[]).includes(v);
const isColor = (v: unknown): v is ColorName => (COLOR_NAMES as readonly unknown[]).includes(v);

/** "la camisa blanca", "los zapatos negros", "el pantalón azul". */
function piece(cls: unknown, color: unknown): string {
  if (!isClass(cls)) return 'una prenda';
  const { name, article } = PIECE_NAME[cls];
  if (!isColor(color)) return `${article} ${name}`;
  const adj =
    article === 'la' ? (FEMININE[color] ?? color) : article === 'los' ? PLURAL[color] : color;
  return `${article} ${name} ${adj}`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "a, b y c". */
function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

const list = (v: unknown) =>
  listText(
    String(v ?? '')
      .split(',')
      .filter(Boolean),
  );
const pair = (p: ReasonParams) => (p.a === p.b ? String(p.a) : `${p.a} y ${p.b}`);
const ocasion = (p: ReasonParams) => OCASION_TEXT[p.ocasion as Ocasion] ?? String(p.ocasion);
/** "más formal" / "más formales" (the shoes are plural). */
const more = (cls: unknown, word: string) =>
  isClass(cls) && PIECE_NAME[cls].article === 'los' ? `más ${word}es` : `más ${word}`;
const when = (p: ReasonParams) =>
  p.temperatura !== undefined
    ? `${p.temperatura} °C${p.lluvia ? ' y lluvia' : ''}`
    : p.lluvia
      ? 'la lluvia'
      : 'el tiempo';

type Words = (p: ReasonParams) => string;

const ES: Readonly<Record<ReasonCode, Words>> = {
  'rotacion.nuevas': () => 'Nada de lo que llevaste estos últimos días.',
  'rotacion.repite': (p) =>
    `Repite ${piece(p.prenda, p.color)}${Number(p.otras) > 0 ? ` y ${p.otras} más` : ''}, que llevaste hace poco.`,
  'color.choque': (p) =>
    `${capital(piece(p.prenda, p.color))} choca con ${piece(p.prenda2, p.color2)}.`,
  'color.estampado': () => 'Un estampado multicolor entre piezas neutras.',
  'color.estampado_arriesgado': () => 'Estampado multicolor junto a otros colores: arriesgado.',
  'color.neutros': (p) => `Todo en tonos neutros (${list(p.colores)}): combinan sin riesgo.`,
  'color.acento': (p) => `Un toque de color sobre neutros: ${piece(p.prenda, p.color)}.`,
  'color.monocromo': (p) => `Conjunto monocromo: ${pair(p)}.`,
  'color.analogos': (p) => `Colores análogos que armonizan: ${pair(p)}.`,
  'color.complementarios': (p) => `Colores complementarios que se equilibran: ${pair(p)}.`,
  'color.contraste': (p) => `Contraste marcado entre ${pair(p)}.`,
  'formalidad.coherente': () => 'Todas las piezas tienen un nivel de formalidad parecido.',
  'formalidad.mezcla': (p) =>
    `Mezcla ${piece(p.prenda, p.color)}, ${more(p.prenda, 'formal')}, con ${piece(p.prenda2, p.color2)}, ${more(p.prenda2, 'informal')}.`,
  'ocasion.marcadas': (p) => `Marcaste todas estas prendas para ${ocasion(p)}.`,
  'ocasion.adecuada': (p) =>
    `Prendas adecuadas para ${ocasion(p)}${Number(p.marcadas) > 0 ? ` (marcaste ${p.marcadas} para esta ocasión)` : ''}.`,
  'ocasion.desajuste': (p) =>
    `${capital(piece(p.prenda, p.color))} encaja poco para ${ocasion(p)}.`,
  'clima.abrigo': (p) =>
    p.temperatura !== undefined
      ? `Hace ${p.temperatura} °C${p.lluvia ? ' y llueve' : ''}: lleva abrigo.`
      : 'Llueve: lleva abrigo.',
  'clima.sin_abrigo': (p) =>
    `${p.motivo === 'frio' ? `Hace ${p.temperatura} °C` : 'Llueve'} y no tienes abrigo en el armario: añade uno.`,
  'clima.desajuste': (p) => `${capital(piece(p.prenda, p.color))} no es lo ideal con ${when(p)}.`,
  'clima.calor': (p) => `Prendas ligeras para ${p.temperatura} °C.`,
  'clima.adecuado': (p) => `Prendas adecuadas para ${when(p)}.`,
  'estilo.encaja': (p) => ESTILO_FIT_TEXT[p.estilo as Estilo] ?? 'Encaja con tu estilo.',
  'estilo.se_aleja': (p) => `Se aleja de tu estilo ${p.estilo}.`,
  'preferidos.incluye': (p) => `Incluye tus colores preferidos: ${list(p.colores)}.`,
  'preferidos.ninguno': (p) => `No lleva ninguno de tus colores preferidos (${list(p.colores)}).`,
  'confianza.dudosa': (p) =>
    `Confirma en tu armario qué prenda es ${piece(p.prenda, p.color)}: hasta entonces cuenta menos.`,
  'superior.preferida': (p) =>
    `Lleva tu parte de arriba preferida (${TOP_NAME[String(p.preferencia)] ?? p.preferencia}).`,
  'superior.otra': (p) =>
    `Sin tu parte de arriba preferida (${TOP_NAME[String(p.preferencia)] ?? p.preferencia}): otra encajaba mejor.`,
  'nota.capas': (p) =>
    `Por capas: ${piece(p.prenda, p.color)} debajo y ${piece(p.prenda2, p.color2)} encima.`,
  'nota.vestido': () => 'Un vestido en lugar de parte de arriba y de abajo.',
  'nota.abrigo': () => 'Con abrigo, como pediste.',
  'nota.sombrero_sol': () => 'El sombrero protege del sol.',
  'nota.sombrero_frio': () => 'El sombrero abriga.',
  'nota.sombrero': () => 'El sombrero completa el conjunto.',
  'nota.categoria': (p) =>
    `Tu «${p.categoria}» va como ${ROLE_ES[String(p.rol)] ?? p.rol}, el papel de su categoría.`,
  'temporada.adecuada': (p) => `Todo es de temporada (${seasons(p.temporada)}).`,
  'temporada.fuera': (p) =>
    Number(p.propia) === 1
      ? `Marcaste ${piece(p.prenda, p.color)} para otras temporadas, no para ${seasons(p.temporada)}.`
      : `${capital(piece(p.prenda, p.color))} no suele llevarse en ${seasons(p.temporada)}.`,
  'favorito.incluye': (p) =>
    `Incluye ${piece(p.prenda, p.color)}, de tus favoritas${Number(p.favoritas) > 1 ? ` (y ${Number(p.favoritas) - 1} más)` : ''}.`,
  'material.abriga': (p) =>
    `${capital(piece(p.prenda, p.color))}, de ${material(p)}, abriga con ${p.temperatura} °C.`,
  'material.fresco': (p) =>
    `${capital(piece(p.prenda, p.color))}, de ${material(p)}, deja respirar con ${p.temperatura} °C.`,
  'material.calor': (p) =>
    `${capital(piece(p.prenda, p.color))}, de ${material(p)}, da calor con ${p.temperatura} °C.`,
  'material.frio': (p) =>
    `${capital(piece(p.prenda, p.color))}, de ${material(p)}, abriga poco con ${p.temperatura} °C.`,
};

/** Known materials (materialKind) in words. */
const MATERIAL_ES: Readonly<Record<string, string>> = {
  algodon: 'algodón',
  lana: 'lana',
  lino: 'lino',
  seda: 'seda',
  poliester: 'poliéster',
  cuero: 'cuero',
  denim: 'denim',
  punto: 'punto',
  plumas: 'plumas',
};
const material = (p: ReasonParams) => MATERIAL_ES[String(p.material)] ?? String(p.material);
/** "invierno", "primavera u otoño". */
const seasons = (v: unknown) => {
  const items = String(v ?? '')
    .split(',')
    .filter(Boolean);
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1]!;
  const or = /^[oó]/i.test(last) ? 'u' : 'o';
  return `${items.slice(0, -1).join(', ')} ${or} ${last}`;
};

/** A category's role (a tipo) in words. */
const ROLE_ES: Readonly<Record<string, string>> = {
  superior: 'parte de arriba',
  inferior: 'parte de abajo',
  zapatos: 'calzado',
  abrigo: 'abrigo',
  vestido: 'vestido',
  accesorio: 'complemento',
};

/** The Spanish sentence of one reason. */
export function spanishReason(code: ReasonCode, params: ReasonParams = {}): string {
  return ES[code](params);
}
