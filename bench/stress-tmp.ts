import { recommendOutfits } from '@fashion/core';
import { generateWardrobe } from './recommend-wardrobe.ts';
for (const n of [1000, 5000]) {
  const w = generateWardrobe(n, 42);
  const prefs = { ocasion: 'trabajo' as const, layeredTop: true, estilo: 'moderno' as const };
  let exclude: string[] = [];
  for (let round = 0; round < 12; round++) {
    const t0 = performance.now();
    const r = recommendOutfits(w, prefs, { temperature: 4, rain: true, limit: 20, exclude });
    const dt = performance.now() - t0;
    if (round % 3 === 0 || round === 11) console.log(n, 'round', round, 'excluded', exclude.length, dt.toFixed(1), 'ms', r.length, r[0]?.puntuacion, r.at(-1)?.puntuacion);
    exclude = [...exclude, ...r.map((o) => o.key)].slice(-200);
  }
  // tiny wardrobe with many duplicates
}
const dup = generateWardrobe(300, 1).map((g, i) => ({ ...g, color: 'negro' as const, color_hex: '#1c1c1c', ocasion: [], confirmado: true }));
let t0 = performance.now();
let r = recommendOutfits(dup, {}, { limit: 20 });
console.log('identical colours 300', (performance.now() - t0).toFixed(1), r.length);
t0 = performance.now();
r = recommendOutfits(dup, { layeredTop: true }, { limit: 20, temperature: 3 });
console.log('identical colours 300 layered cold', (performance.now() - t0).toFixed(1), r.length);
