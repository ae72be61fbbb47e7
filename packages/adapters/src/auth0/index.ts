export { createAuth0Authenticator, type Auth0Options } from './auth0-authenticator.ts';
