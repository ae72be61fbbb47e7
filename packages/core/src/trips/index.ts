export {
  ACTIVITIES,
  ACTIVITY_OCCASION,
  CANDIDATES,
  SCORE_TOLERANCE,
  TRIP_REASON_CODES,
  maxWears,
  planTrip,
  type Activity,
  type PlannedDay,
  type PlannedOutfit,
  type TripDayInput,
  type TripInput,
  type TripPlan,
  type TripReason,
  type TripReasonCode,
} from './planner.ts';
export { swapPiece } from './swap.ts';
export * from './contracts.ts';
