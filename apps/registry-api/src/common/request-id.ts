/** A caller-chosen request id is kept only if it cannot smuggle anything into the log or an exported line. */
export const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
