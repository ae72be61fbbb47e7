/**
 * The model kinds, declared once: everything that names a model (the ML service's routes and
 * configuration, the HTTP classifier, the API's routes, the health schema) is derived from this
 * table. A new kind is a new entry here plus its ONNX file; the paths in `aliases` are the seed's
 * routes, kept so that no existing client breaks (new kinds need none: they are addressed by name,
 * `/classify/:model`, `/api/classify/:model`, `/api/model/:model/metrics`).
 */
export const MODEL_KINDS = ['cnn', 'vit'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export interface ModelKindInfo {
  /** Human-readable name (API docs, logs). */
  label: string;
  /** File name under models/, and the environment variable that overrides its path. */
  file: string;
  env: string;
  /** Seed routes of the ML service and the API for this model, served beside the named ones
   * (a kind added later has none). */
  aliases?: {
    ml: { classify: string; metrics: string; confusion: string };
    api: { classify: string; metrics: string; confusion: string };
  };
}

export const MODELS: Readonly<Record<ModelKind, ModelKindInfo>> = {
  cnn: {
    label: 'CNN',
    file: 'cnn.onnx',
    env: 'ML_CNN_PATH',
    aliases: {
      ml: { classify: '/classify', metrics: '/metrics', confusion: '/confusion-matrix' },
      api: {
        classify: '/api/classify',
        metrics: '/api/model/metrics',
        confusion: '/api/model/confusion-matrix',
      },
    },
  },
  vit: {
    label: 'Vision Transformer',
    file: 'vit.onnx',
    env: 'ML_VIT_PATH',
    aliases: {
      ml: {
        classify: '/classify-vit',
        metrics: '/metrics-vit',
        confusion: '/confusion-matrix-vit',
      },
      api: {
        classify: '/api/classify/vit',
        metrics: '/api/model/metrics-vit',
        confusion: '/api/model/confusion-matrix-vit',
      },
    },
  },
};

/** The ML service's routes for a model, addressed by name. */
export const mlNamedPaths = (model: string) => ({
  classify: `/classify/${model}`,
  metrics: `/model/${model}/metrics`,
  confusion: `/model/${model}/confusion-matrix`,
});

/**
 * The routes the HTTP classifier calls: a seed kind's seed path, which every deployed ML service
 * answers (the Python seed's Space included), else the named one.
 */
export const mlPaths = (model: ModelKind) => MODELS[model].aliases?.ml ?? mlNamedPaths(model);

export function isModelKind(value: unknown): value is ModelKind {
  return typeof value === 'string' && (MODEL_KINDS as readonly string[]).includes(value);
}

/**
 * Figures about the models and their training data: PNG files in the model bundle folder
 * (written by `npm run figures`), served by the ML service at `/<name>` and by the API at
 * `/api/model/<name>` (the original system's paths).
 */
export const MODEL_FIGURES = {
  'data-audit': 'data-audit.png',
  'training-curves-vit': 'training-curves-vit.png',
  'training-curves-cnn': 'training-curves-cnn.png',
  'confusion-matrix-vit-real': 'confusion-vit-real.png',
} as const;
export type ModelFigure = keyof typeof MODEL_FIGURES;
export const MODEL_FIGURE_NAMES = Object.keys(MODEL_FIGURES) as ModelFigure[];
