/**
 * The alphanumeric runs of a text. A short secret, such as a four-digit municipality code, is looked for among
 * them rather than as a substring: random hex ids, hashes and ciphertext hold any four digits now and then.
 */
export function wordsOf(text: string): Set<string> {
  return new Set(text.split(/[^0-9A-Za-z]+/));
}
