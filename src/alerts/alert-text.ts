/** The limits of personal alerts (their texts are the "alert.*" keys of the message catalogue). */

/** The most alerts one user may have. */
export const MAX_ALERTS = 10;
/** The most alert messages one user gets per day (then one summary line). */
export const MAX_ALERTS_PER_DAY = 20;
/** The longest alert term accepted. */
export const MAX_TERM_CHARS = 80;
