/**
 * What a viewer may learn from flags. National coordination sees every cause. A regional unit sees its own
 * region's causes in full; for another region's protected person it learns only that a conflict exists:
 * the cause is cut down to its kind, and the message is rewritten from the cut-down causes.
 */
import type { PoliceRegion } from '@registry/geo';
import type { Cause, CauseView } from './cause.js';
import type { DestinationCheck, Flag } from './rule.js';
import { RULES_BY_CODE } from './rules/index.js';

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
export function redactFlags(flags: readonly Flag[], viewer: Viewer): RedactedFlag[] {
  return flags.map((flag) => {
    const hidden = flag.causes.filter((cause) => hiddenFrom(cause, viewer));
    if (hidden.length === 0) return { ...flag, causes: [...flag.causes] };
    const causes: CauseView[] = [...flag.causes.filter((cause) => !hiddenFrom(cause, viewer)), cutDown(hidden[0]!)];
    const rule = RULES_BY_CODE.get(flag.code);
    if (!rule) throw new Error('No rule for a flag code');
    return { code: flag.code, severity: flag.severity, message: rule.explain(causes), causes };
  });
}

export function redactCheck(check: DestinationCheck, viewer: Viewer): RedactedCheck {
  return { ...check, flags: redactFlags(check.flags, viewer) };
}
