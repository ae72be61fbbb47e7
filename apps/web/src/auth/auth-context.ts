/** What the UI knows about the signed-in person. Anonymous unless Auth0 is configured. */
import { createContext, useContext } from 'react';

export interface AuthUser {
  /** The Auth0 subject: whose offline changes are kept (api/offline-queue.ts). */
  id?: string;
  name?: string;
  email?: string;
  picture?: string;
}

export interface AuthState {
  mode: 'anonymous' | 'auth0';
  isAuthenticated: boolean;
  user?: AuthUser;
  login: () => void;
  logout: () => void;
}

export const ANONYMOUS_AUTH: AuthState = {
  mode: 'anonymous',
  isAuthenticated: false,
  login: () => {},
  logout: () => {},
};

export const AuthContext = createContext<AuthState>(ANONYMOUS_AUTH);

export function useAuth(): AuthState {
  return useContext(AuthContext);
}
