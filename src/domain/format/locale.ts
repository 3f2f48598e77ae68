/** The interface language until translations arrive; every formatter takes a locale argument. */
export const DEFAULT_LOCALE = 'en';
