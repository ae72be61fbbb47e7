/** Who is calling. Without Auth0 configured everyone is the anonymous user. */
export interface Principal {
  userId: string;
  email?: string;
  name?: string;
}

export const ANONYMOUS_USER_ID = 'anonymous';

export interface Authenticator {
  /** Resolves the principal from the Authorization header, or throws AuthError (401). */
  authenticate(authorizationHeader: string | undefined): Promise<Principal>;
  readonly required: boolean;
}

export class AuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthError';
  }
}
