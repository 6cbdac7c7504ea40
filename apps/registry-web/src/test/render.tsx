import { render, type RenderOptions } from '@testing-library/react';
import { Client, makeResult, type Exchange, type Operation } from '@urql/core';
import type { GraphQLError } from 'graphql';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { filter, map, pipe } from 'wonka';
import { createI18n, type Language } from '../lib/i18n';

export interface CannedResult {
  data?: unknown;
  errors?: Array<Partial<GraphQLError> & { message: string; extensions?: Record<string, unknown> }>;
}

/** A urql client whose every operation is answered by `respond`, and which records what was asked. */
export function cannedClient(respond: (operation: Operation) => CannedResult) {
  const operations: Operation[] = [];
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      map((operation) => {
        operations.push(operation);
        const { data, errors } = respond(operation);
        return makeResult(operation, { data: data ?? null, errors: errors as never });
      }),
    );
  const client = new Client({ url: '/graphql', exchanges: [exchange] });
  return { client, operations };
}

interface Options extends Omit<RenderOptions, 'wrapper'> {
  language?: Language;
  client?: Client;
  route?: string;
}

/** Renders with the console's real i18n resources, a router and (optionally) a canned GraphQL client. */
export function renderWithProviders(ui: ReactElement, { language = 'en', client, route = '/', ...options }: Options = {}) {
  const i18n = createI18n(language);
  const graphql = client ?? cannedClient(() => ({ data: null })).client;
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <I18nextProvider i18n={i18n}>
        <UrqlProvider value={graphql}>
          <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
        </UrqlProvider>
      </I18nextProvider>
    );
  }
  return { i18n, ...render(ui, { wrapper: Wrapper, ...options }) };
}
