import { StrictMode } from 'react';
import { onlineManager } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './App.tsx';
import { AuthRoot } from './auth/AuthRoot.tsx';
import { OfflineQueue } from './components/OfflineQueue.tsx';
import { createQueryClient, Providers } from './providers.tsx';

// TanStack Query assumes online until an event says otherwise: a page opened offline (the
// service worker serves it) starts offline, so its changes wait instead of failing.
onlineManager.setOnline(navigator.onLine);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <Providers client={createQueryClient()}>
      <AuthRoot>
        <OfflineQueue>
          <App />
        </OfflineQueue>
      </AuthRoot>
    </Providers>
  </StrictMode>,
);
