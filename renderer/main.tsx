/**
 * Renderer entry. Order matters: the web host's token is taken out of the
 * URL hash before the hash router starts, and i18n is ready before the
 * first render.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n, startupLanguage } from './i18n';
import { consumeLaunchToken } from './platform';

consumeLaunchToken();
initI18n(startupLanguage());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
