import { recommendOutfits } from '@fashion/core';
import { generateWardrobe } from './recommend-wardrobe.ts';
for (const n of [1000, 5000]) {
  const w = generateWardrobe(n, 42);
  const prefs = { ocasion: 'trabajo' as const, layeredTop: true, estilo: 'moderno' as const };
  let exclude: string[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 12; round++) {
    const c0 = process.cpuUsage();
    const r = recommendOutfits(w, prefs, { temperature: 4, rain: true, limit: 20, exclude });
    const c = process.cpuUsage(c0); cpu.push((c.user + c.system) / 1000);
    exclude = [...exclude, ...r.map((o) => o.key)].slice(-200);
  }
  cpu.sort((a, b) => a - b);
  console.log(n, 'limit 20, up to 200 exclusions: CPU median', cpu[6]!.toFixed(0), 'max', cpu[11]!.toFixed(0));
}
