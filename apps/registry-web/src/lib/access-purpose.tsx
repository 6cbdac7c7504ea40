import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { postJson } from './http';

/*
 * The purpose of access (X-Access-Purpose) is held in memory only: React state, gone with the tab. It is
 * sent with every GraphQL request and stored server-side by POST /auth/purpose for the one request the
 * console cannot add a header to (the CSV export link). The rules mirror the API's (auth/purpose.guard.ts
 * and common/plain-text.ts): 3 to 200 characters, something visible, no control or invisible formatting
 * characters.
 */
export const PURPOSE_MIN = 3;
export const PURPOSE_MAX = 200;
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029\u115F\u1160\u3164\uFFA0]/u;
const VISIBLE = /[^\p{Z}\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{M}\s\u115F\u1160\u3164\uFFA0\u2800]/u;

export type PurposeProblem = 'tooShort' | 'tooLong' | 'hidden';

export function purposeProblemOf(value: string): PurposeProblem | undefined {
  const purpose = value.trim();
  if (HIDDEN.test(purpose)) return 'hidden';
  if (purpose.length < PURPOSE_MIN || !VISIBLE.test(purpose)) return 'tooShort';
  if (purpose.length > PURPOSE_MAX) return 'tooLong';
  return undefined;
}

/**
 * Header values are bytes: fetch refuses characters above U+00FF, and the API decodes the header as UTF-8.
 * So the purpose goes as its UTF-8 bytes, one Latin-1 character each ("uppföljning" stays "uppföljning"
 * at the API, and a purpose in any script can be sent).
 */
export function purposeHeaderValue(purpose: string): string {
  let value = '';
  for (const byte of new TextEncoder().encode(purpose.trim())) value += String.fromCharCode(byte);
  return value;
}

interface AccessPurposeContext {
  purpose: string | null;
  /** the dialog is open again so the user can state a new purpose */
  changing: boolean;
  savePurpose(purpose: string): Promise<void>;
  startChange(): void;
  cancelChange(): void;
}

const Context = createContext<AccessPurposeContext | null>(null);

export function AccessPurposeProvider({
  initialPurpose,
  csrfToken,
  children,
}: {
  initialPurpose?: string | null;
  csrfToken?: string;
  children: ReactNode;
}) {
  const [purpose, setPurpose] = useState<string | null>(initialPurpose ?? null);
  const [changing, setChanging] = useState(false);

  const savePurpose = useCallback(
    async (value: string) => {
      const trimmed = value.trim();
      await postJson('/auth/purpose', { purpose: trimmed }, csrfToken);
      setPurpose(trimmed);
      setChanging(false);
    },
    [csrfToken],
  );

  const value = useMemo<AccessPurposeContext>(
    () => ({
      purpose,
      changing,
      savePurpose,
      startChange: () => setChanging(true),
      cancelChange: () => setChanging(false),
    }),
    [purpose, changing, savePurpose],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useAccessPurpose(): AccessPurposeContext {
  const value = useContext(Context);
  if (!value) throw new Error('useAccessPurpose outside AccessPurposeProvider');
  return value;
}
