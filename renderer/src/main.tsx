/** Entry point of the renderer. */
// Global styles first, so that each component's own stylesheet comes after them and wins.
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App.js';
import { i18n } from './i18n/i18n.js';
import { SharedTranslationProvider } from './i18n/sharedTranslation.js';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <SharedTranslationProvider>
          <App />
        </SharedTranslationProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
