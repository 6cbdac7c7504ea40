/**
 * graphql-js writes the offending value into its input errors ("Variable "$i" got invalid value { givenName:
 * "…" }", "Int cannot represent non-integer value: "…""). A value here may be a name or an identity number,
 * and error messages travel into client logs and tickets, so the value is cut out; what stays names the
 * variable, the field path and the rule that failed.
 */
export function withoutInputValues(message: string): string {
  return message
    .replace(/got invalid value .*?(?=( at "[^"]*")?; )/s, 'got an invalid value')
    .replace(/Value "[^"]*" does not exist/g, 'The value does not exist')
    .replace(/ Did you mean [^.]*\?/g, '')
    .replace(/(cannot represent [^:]*value): .*$/s, '$1')
    .replace(/(Expected value of type "[^"]*"), found .*$/s, '$1.');
}
