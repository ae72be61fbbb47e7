/**
 * Wears per month as a column chart (Recharts). The chart is one image to a screen reader, named
 * by its summary; the same figures follow as a visually hidden list, month by month.
 */
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface MonthWears {
  month: string;
  /** The month as shown ("Dec 2026"). */
  label: string;
  wears: number;
}

export function MonthChart({
  months,
  summary,
  testId,
}: {
  months: readonly MonthWears[];
  summary: string;
  testId?: string;
}) {
  return (
    <figure className="space-y-2">
      <div
        role="img"
        aria-label={summary}
        className="h-56 w-full text-accent-600 dark:text-accent-400"
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={[...months]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <XAxis
              dataKey="label"
              tickLine={false}
              axisLine={false}
              interval="preserveStartEnd"
              tick={{ fontSize: 12, fill: 'currentColor', opacity: 0.7 }}
            />
            <YAxis
              allowDecimals={false}
              tickLine={false}
              axisLine={false}
              width={40}
              tick={{ fontSize: 12, fill: 'currentColor', opacity: 0.7 }}
            />
            <Tooltip cursor={{ fillOpacity: 0.08 }} />
            <Bar
              dataKey="wears"
              fill="currentColor"
              radius={[4, 4, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="sr-only" data-testid={testId}>
        {months.map((m) => (
          <li key={m.month}>{`${m.label}: ${m.wears}`}</li>
        ))}
      </ul>
    </figure>
  );
}
