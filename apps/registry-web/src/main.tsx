import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './app/router';
import { createI18n } from './lib/i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/destinations.css';
import './styles/statistics.css';
import './styles/actual-areas.css';
import './styles/consent-team.css';

const i18n = createI18n();
const router = createRouter();
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>
  </StrictMode>,
);
