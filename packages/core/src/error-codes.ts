/**
 * Machine-readable error codes. Every API error body is `{ error, code, details? }`: `error` is an
 * English sentence for API clients and logs, `code` is what a client translates (the web app has
 * an English and a Spanish sentence for each). Add a code here before raising it anywhere.
 */
export const ERROR_CODES = [
  'bad_request', // malformed or invalid input; `details` names the fields
  'unknown_field',
  'body_too_large',
  'body_too_deep', // JSON nested deeper than any request of ours
  'unsupported_media_type',
  'image_empty',
  'image_invalid', // truncated, corrupt or undecodable bytes
  'image_unsupported', // a file that is not one of the accepted image formats
  'image_too_large', // over the byte or pixel limit
  'image_too_small',
  'not_a_garment', // the classifier sees no garment in the photo
  'unauthorized',
  'not_found',
  'method_not_allowed',
  'conflict', // e.g. an Idempotency-Key reused with another request body
  'idempotency_in_flight', // the first request with this key has not finished yet
  'rate_limited',
  'busy', // too much work in flight: retry after Retry-After
  'classifier_unavailable',
  'date_in_future', // a wear logged for a day that has not come yet
  'storage_full', // disk or database full: nothing was stored
  'storage_unavailable', // the metadata or image store cannot be reached or written
  'upstream_error', // an external service (ML service, LLM, weather) answered badly
  'upstream_timeout',
  'forecast_unavailable', // the weather provider is down, slow or answered badly: enter it by hand
  'trip_too_long', // a trip of more days than the planner takes (MAX_TRIP_DAYS)
  'trip_not_planned', // check-off or swap on a trip that has no plan yet
  'not_in_trip', // a garment that is not in that outfit or packing list
  'no_alternative', // the wardrobe has no other outfit for that day without the piece
  'not_implemented',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
