/** One English sentence per API error `code` (packages/core ERROR_CODES); the type checks all are here. */
import type { ErrorCode } from '@fashion/core';

export const errorCodesEn: Record<ErrorCode, string> = {
  bad_request: 'Something in that request was not right. Check the fields and try again.',
  unknown_field: 'The app sent a field the server does not know. Reload the page and try again.',
  body_too_large: 'That is too much to send at once. Try a smaller photo.',
  body_too_deep: 'The server could not read that request. Reload the page and try again.',
  unsupported_media_type: 'The server could not read that kind of data.',
  image_empty: 'That file is empty. Choose another photo.',
  image_invalid: 'That photo looks damaged or incomplete. Try another copy of it.',
  image_unsupported: 'That file is not a photo format we can read (JPEG, PNG, WebP, HEIC…).',
  image_too_large: 'That photo is too large. Try a smaller one.',
  image_too_small: 'That photo is too small to recognise anything. Try a larger one.',
  not_a_garment: 'We don’t see a garment in that photo.',
  unauthorized: 'Your session has ended. Please sign in again.',
  not_found: 'We couldn’t find that. It may have been deleted.',
  method_not_allowed: 'The server does not offer that action.',
  conflict: 'That was already sent with different details. Reload the page and try again.',
  idempotency_in_flight: 'That is still being saved. Wait a moment.',
  rate_limited: 'That was a lot at once. Wait a moment and try again.',
  busy: 'The server is busy right now. Try again in a moment.',
  classifier_unavailable: 'Automatic recognition is not available right now.',
  date_in_future: 'That day has not come yet: plan it instead of logging it.',
  storage_full: 'The server has no room left: nothing was saved.',
  storage_unavailable:
    'The server cannot store anything right now: nothing was saved. Try again later.',
  upstream_error: 'A service the server relies on answered badly. Try again in a moment.',
  forecast_unavailable:
    'The weather forecast is not available right now. Enter the temperature and rain by hand.',
  trip_too_long: 'That trip is too long to plan: 31 days at most.',
  trip_not_planned: 'Plan the trip first.',
  not_in_trip: 'That garment is not part of this trip’s plan. Reload the page.',
  no_alternative: 'Your wardrobe has nothing else for that day. Add garments, or keep this one.',
  upstream_timeout: 'A service the server relies on took too long. Try again in a moment.',
  not_implemented: 'This server does not offer that yet.',
  internal: 'The server had a problem. Please try again in a moment.',
};
