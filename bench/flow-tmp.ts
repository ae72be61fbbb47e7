import { recommendOutfits, type Preferences } from '@fashion/core';
import { generateWardrobe } from './recommend-wardrobe.ts';
const cases: [string, Partial<Preferences>, object][] = [
  ['mild', { ocasion: 'casual' }, { temperature: 18 }],
  ['cold layered moderno', { ocasion: 'trabajo', layeredTop: true, estilo: 'moderno' }, { temperature: 4, rain: true }],
  ['hot dress', { ocasion: 'fiesta', incluirVestido: true, estilo: 'colorido' }, { temperature: 30 }],
];
for (const n of [1000, 5000]) {
  const w = generateWardrobe(n, 42);
  for (const [name, prefs, ctx] of cases) {
    for (const limit of [3, 10]) {
      let exclude: string[] = [];
      const cpus: number[] = [];
      for (let round = 0; round < 8; round++) {
        const c0 = process.cpuUsage();
        const r = recommendOutfits(w, prefs, { ...ctx, limit, exclude });
        const c = process.cpuUsage(c0);
        cpus.push((c.user + c.system) / 1000);
        exclude = [...exclude, ...r.map((o) => o.key)];
      }
      console.log(n, name, 'limit', limit, 'cpu ms per round:', cpus.map((x) => x.toFixed(0)).join(' '));
    }
  }
}
