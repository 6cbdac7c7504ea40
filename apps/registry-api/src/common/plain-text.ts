import { ValidateBy, type ValidationOptions } from 'class-validator';
import { BadUserInputError } from './errors.js';

/*
 * What a stored free text (a name, a summary, a justification) may not hold, and what a purpose must hold
 * besides. Refused: controls (C0 with NUL, DEL, C1), which cut strings short in C tools and forge lines in
 * exports; Unicode format characters (category Cf: the bidirectional marks, embeddings, overrides and
 * isolates U+200E/F, U+202A–202E, U+2066–2069, U+061C, zero-width spaces and joiners, word joiners, the
 * byte-order mark, soft hyphens, tags), which make a text display otherwise than it is stored (a name read
 * backwards in a list, two persons whose names look the same and differ); the line and paragraph separators
 * U+2028/9; private-use characters and lone surrogates; the Hangul fillers, letters that show nothing.
 * Names in the register are written as in the population register, in the Latin alphabet, so no script
 * here needs a joiner.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029\u115F\u1160\u3164\uFFA0]/u;
/** Multi-line texts keep their line breaks and tabs; every other control stays refused. */
const HIDDEN_BUT_LAYOUT = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029\u115F\u1160\u3164\uFFA0]/u;
/**
 * Something a reader sees: anything but separators, controls, format characters, lone combining marks,
 * and the blank letters (Hangul fillers, the blank Braille pattern) that pass for a character and show
 * nothing.
 */
const VISIBLE = /[^\p{Z}\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{M}\s\u115F\u1160\u3164\uFFA0\u2800]/u;

export interface PlainTextOptions {
  /** allow line breaks and tabs (summaries, justifications) */
  multiline?: boolean;
}

export function isPlainText(value: unknown, options: PlainTextOptions = {}): value is string {
  return typeof value === 'string' && !(options.multiline ? HIDDEN_BUT_LAYOUT : HIDDEN).test(value);
}

/** Whether a text shows anything at all: three zero-width spaces do not. */
export function hasVisibleContent(value: string): boolean {
  return VISIBLE.test(value);
}

/** For a free text that arrives as an argument rather than in an input type. The message never quotes it. */
export function requirePlainText(value: string, field: string, options: PlainTextOptions = {}): string {
  if (!isPlainText(value, options) || !hasVisibleContent(value)) {
    throw new BadUserInputError(`${field} must be visible text without control or invisible formatting characters`);
  }
  return value;
}

/** The same rule on an input type's field; the validation pipe names the field, never the value. */
export function PlainText(options: PlainTextOptions = {}, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: options.multiline ? 'plainMultilineText' : 'plainText',
      validator: {
        validate: (value: unknown) => isPlainText(value, options) && hasVisibleContent(value),
        defaultMessage: () => '$property must be visible text without control or invisible formatting characters',
      },
    },
    validationOptions,
  );
}
