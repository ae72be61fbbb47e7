/**
 * One bounded request to an OpenAI-compatible endpoint: every failure becomes an UpstreamError
 * (`timeout` when no answer came in time, `error` for refusals, 5xx and unreadable answers), so
 * the API answers 503/502 instead of hanging or leaking a stack.
 */
import { UpstreamError } from '@fashion/api';

export interface OpenAiEndpoint {
  /** e.g. `https://openrouter.ai/api/v1`, `http://127.0.0.1:11434/v1` (Ollama). */
  baseUrl: string;
  apiKey?: string;
  /** Whole-request timeout, answer body included (default 60 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

async function upstreamMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: unknown } | string };
    const m = typeof body.error === 'string' ? body.error : body.error?.message;
    if (typeof m === 'string' && m) return `${res.status}: ${m.slice(0, 300)}`;
  } catch {
    // not JSON: the status says enough
  }
  return `HTTP ${res.status}`;
}

/** POSTs `body` to `path`; `read` turns the answer into the result within the same timeout. */
export async function postUpstream<T>(
  endpoint: OpenAiEndpoint,
  path: string,
  body: FormData | object,
  read: (res: Response) => Promise<T>,
): Promise<T> {
  const timeoutMs = endpoint.timeoutMs ?? 60_000;
  const doFetch = endpoint.fetch ?? fetch;
  const url = `${endpoint.baseUrl.replace(/\/+$/, '')}${path}`;
  const isForm = body instanceof FormData;
  const headers: Record<string, string> = isForm ? {} : { 'content-type': 'application/json' };
  if (endpoint.apiKey) headers.authorization = `Bearer ${endpoint.apiKey}`;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await doFetch(url, {
      method: 'POST',
      headers,
      body: isForm ? body : JSON.stringify(body),
      signal,
    });
    if (!res.ok) {
      throw new UpstreamError(
        'error',
        `the language model service refused: ${await upstreamMessage(res)}`,
      );
    }
    return await read(res);
  } catch (err) {
    if (err instanceof UpstreamError) throw err;
    if (signal.aborted) {
      throw new UpstreamError(
        'timeout',
        `the language model service did not answer within ${timeoutMs} ms`,
      );
    }
    throw new UpstreamError('error', 'the language model service cannot be reached');
  }
}

export async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch (err) {
    if (err instanceof DOMException && (err.name === 'AbortError' || err.name === 'TimeoutError'))
      throw err;
    throw new UpstreamError(
      'error',
      'the language model service answered with something other than JSON',
    );
  }
}
