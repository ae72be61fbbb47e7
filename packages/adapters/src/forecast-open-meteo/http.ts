/**
 * One bounded GET to the provider: every failure (refused, 5xx, an answer that is not JSON, no
 * answer within the timeout) becomes a ForecastUnavailable, so the API answers 503 at once
 * instead of hanging or leaking a stack.
 */
import { ForecastUnavailable } from '@fashion/api';

export interface HttpOptions {
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** Open-Meteo answers errors as `{"error": true, "reason": "…"}`. */
function reasonOf(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'reason' in body) {
    const r = (body as { reason: unknown }).reason;
    if (typeof r === 'string') return r.slice(0, 300);
  }
  return undefined;
}

export async function getJson(url: string, what: string, options: HttpOptions): Promise<unknown> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const res = await (options.fetch ?? fetch)(url, {
      headers: { accept: 'application/json' },
      signal,
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ForecastUnavailable(
        'error',
        `the ${what} service answered something other than JSON`,
      );
    }
    if (!res.ok) {
      const reason = reasonOf(body);
      throw new ForecastUnavailable(
        'error',
        `the ${what} service refused (HTTP ${res.status}${reason ? `: ${reason}` : ''})`,
      );
    }
    return body;
  } catch (err) {
    if (err instanceof ForecastUnavailable) throw err;
    if (signal.aborted) {
      throw new ForecastUnavailable(
        'timeout',
        `the ${what} service did not answer within ${options.timeoutMs} ms`,
      );
    }
    throw new ForecastUnavailable('error', `the ${what} service cannot be reached`);
  }
}
