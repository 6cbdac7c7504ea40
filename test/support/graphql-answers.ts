/** Shapes and values the end-to-end specs share when they talk to the API over GraphQL. */

/** Eligibility with every criterion met: a case that opens and clears unless a fact says otherwise. */
export const ELIGIBLE = {
  meetsDefinition: true,
  motivated: true,
  consentToInformationExchange: true,
  signedConditions: true,
  evidencePerson: false,
};

/** The contract code of the first error of an answer, if any. */
export function errorCodeOf(body: { errors?: readonly { extensions?: { code?: string } }[] | null }): string | undefined {
  return body.errors?.[0]?.extensions?.code;
}
