/**
 * The limit the registry puts on `destinationCleared`: a municipality (all its accounts together) may ask
 * about this many distinct destinations for one case in any 24 hours; asking again about one already asked
 * is answered. Here because the anomaly report warns before a municipality reaches it.
 */
export const MUNICIPAL_DESTINATION_LIMIT = 10;
export const MUNICIPAL_DESTINATION_WINDOW_MS = 24 * 60 * 60 * 1000;
