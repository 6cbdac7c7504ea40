/**
 * What a viewer may learn from flags. National coordination sees every cause. A regional unit sees its own
 * region's causes in full; for another region's protected person it learns only that a conflict exists:
 * the cause is cut down to its kind, and the message is rewritten from the cut-down causes. Every message
 * is worded anew in the viewer's language (English unless told), from the causes the viewer is given.
 */
import type { PoliceRegion } from '@registry/geo';
import type { Cause, CauseView } from './cause.js';
import { explainFlag } from './explain.js';
import { DEFAULT_LANGUAGE, type Language } from './language.js';
import type { DestinationCheck, Flag } from './rule.js';

export interface Viewer {
  national: boolean;
  /** The regional unit's region; a viewer with neither is treated as outside every region. */
  region?: PoliceRegion;
}

export interface RedactedFlag extends Omit<Flag, 'causes'> {
  causes: CauseView[];
}

export interface RedactedCheck extends Omit<DestinationCheck, 'flags'> {
  flags: RedactedFlag[];
}

function hiddenFrom(cause: Cause, viewer: Viewer): boolean {
  if (viewer.national) return false;
  return cause.area === true || (cause.protectedPerson && (viewer.region === undefined || cause.subjectRegion !== viewer.region));
}

// Built from an allow-list, so a field added to Cause later stays hidden until someone decides otherwise.
function cutDown(cause: Cause): CauseView {
  return { kind: cause.kind, nearby: cause.nearby, protectedPerson: cause.protectedPerson, otherRegion: true, area: true };
}

/**
 * Hidden causes become one cut-down cause per flag: how many there were is itself a fact about the other
 * households (a count that changes from one municipality to the next narrows them down).
 */
export function redactFlags(flags: readonly Flag[], viewer: Viewer, language: Language = DEFAULT_LANGUAGE): RedactedFlag[] {
  return flags.map((flag) => {
    const hidden = flag.causes.filter((cause) => hiddenFrom(cause, viewer));
    const causes: CauseView[] =
      hidden.length === 0 ? [...flag.causes] : [...flag.causes.filter((cause) => !hiddenFrom(cause, viewer)), cutDown(hidden[0]!)];
    // Worded even when nothing was hidden: the stored English is one language, and may predate today's wording.
    return { code: flag.code, severity: flag.severity, message: explainFlag({ code: flag.code, causes }, language), causes };
  });
}

export function redactCheck(check: DestinationCheck, viewer: Viewer, language: Language = DEFAULT_LANGUAGE): RedactedCheck {
  return { ...check, flags: redactFlags(check.flags, viewer, language) };
}
