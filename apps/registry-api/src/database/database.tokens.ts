/** The PostgreSQL URL in use: DATABASE_URL, or the embedded server's loopback address. */
export const DATABASE_URL = Symbol('DATABASE_URL');
