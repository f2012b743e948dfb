import { HashRouter } from 'react-router';
import { AppProviders } from './AppProviders';
import { ErrorBoundary } from './ErrorBoundary';
import { SessionGate } from './SessionGate';

export function App() {
  return (
    <AppProviders>
      <ErrorBoundary>
        <HashRouter>
          <SessionGate />
        </HashRouter>
      </ErrorBoundary>
    </AppProviders>
  );
}
