import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { explainFlag, LANGUAGES, type Language, type RedactedFlag } from '@registry/checker';
import { requestLanguage, type RegistryRequest } from '../common/request-context.js';
import { Flag } from './models/check-result.model.js';

/**
 * A flag as the API answers it: its message in every language, worded from the causes the caller may see
 * (redacted already, or national coordination's exact ones). The causes stay behind; only words leave.
 */
export function flagOf(flag: Pick<RedactedFlag, 'code' | 'severity' | 'causes'>): Flag {
  const messages = Object.fromEntries(LANGUAGES.map((language) => [language, explainFlag(flag, language)]));
  return { code: flag.code, severity: flag.severity, messages: messages as Record<Language, string> };
}

/**
 * Picks each flag's message in the request's language. Resolved here, where the request is at hand, so that
 * every answer holding flags (checks, rankings, proposals, alerts) follows Accept-Language without the
 * language passing through every service between.
 */
@Resolver(() => Flag)
export class FlagResolver {
  @ResolveField(() => String, {
    description:
      "One sentence summing up every cause the caller may see, never a name, an id or a place; worded in the request's Accept-Language: Swedish for sv (sv-SE, sv-FI, ...), otherwise English",
  })
  message(@Parent() flag: Flag, @Context('req') req: RegistryRequest): string {
    return flag.messages[requestLanguage(req)];
  }
}
