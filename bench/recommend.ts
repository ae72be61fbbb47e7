/**
 * npm run bench:recommend — time recommendOutfits for the top 10 on generated wardrobes of 50,
 * 200, 1,000 and 5,000 garments (seeded, realistic class mix; see recommend-wardrobe.ts).
 *
 * Each scenario runs a few warm-up calls, then RUNS timed calls on the same input; the table
 * shows the median and the 90th percentile in milliseconds. Scenarios cover a mild day, a cold
 * rainy one with a layered top (6 slots: the hardest search), and a hot one with dresses.
 */
import { recommendOutfits, type Preferences, type RecommendContext } from '@fashion/core';
import { generateWardrobe } from './recommend-wardrobe.ts';

const SIZES = [50, 200, 1000, 5000];
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;

const SCENARIOS: { name: string; prefs: Partial<Preferences>; ctx: RecommendContext }[] = [
  {
    name: 'mild, casual',
    prefs: { ocasion: 'casual', estilo: 'minimalista' },
    ctx: { temperature: 18, limit: 10 },
  },
  {
    name: 'cold+rain, layered, work',
    prefs: { ocasion: 'trabajo', estilo: 'elegante', layeredTop: true, colores: ['azul'] },
    ctx: { temperature: 4, rain: true, limit: 10 },
  },
  {
    name: 'hot, dresses, party',
    prefs: { ocasion: 'fiesta', estilo: 'colorido', incluirVestido: true, topPreference: 'Shirt' },
    ctx: { temperature: 30, limit: 10 },
  },
];

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const rows: string[] = [];
const medians = new Map<string, Map<number, number>>();
for (const size of SIZES) {
  const wardrobe = generateWardrobe(size, 42);
  for (const s of SCENARIOS) {
    for (let i = 0; i < WARMUP; i++) recommendOutfits(wardrobe, s.prefs, s.ctx);
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      count = recommendOutfits(wardrobe, s.prefs, s.ctx).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const med = quantile(times, 0.5);
    if (!medians.has(s.name)) medians.set(s.name, new Map());
    medians.get(s.name)!.set(size, med);
    rows.push(
      `| ${size.toLocaleString('en')} | ${s.name} | ${count} | ${med.toFixed(1)} | ${quantile(times, 0.9).toFixed(1)} |`,
    );
  }
}

console.log(
  `recommendOutfits, top 10, ${RUNS} runs after ${WARMUP} warm-ups (Node ${process.version})\n`,
);
console.log('| garments | scenario | outfits | median ms | p90 ms |');
console.log('| ---: | --- | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
console.log('\ngrowth 1,000 → 5,000 garments (×5 garments):');
for (const [name, m] of medians) {
  console.log(`  ${name}: ×${(m.get(5000)! / m.get(1000)!).toFixed(2)}`);
}
