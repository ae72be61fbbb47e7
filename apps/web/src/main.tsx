import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './App.tsx';
import { AuthRoot } from './auth/AuthRoot.tsx';
import { createQueryClient, Providers } from './providers.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <Providers client={createQueryClient()}>
      <AuthRoot>
        <App />
      </AuthRoot>
    </Providers>
  </StrictMode>,
);
