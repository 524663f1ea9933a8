// Signing a browser in with Entra ID: the authorization code flow with PKCE (RFC 7636), by redirect, for an access
// token to the app's own API (the token Teams' single sign-on gives the tab). The bot says where (GET dashboard/sign-in:
// the authority, the app's client id, the scope); the page reads the authority's OpenID metadata, sends the browser to
// its authorize endpoint with a random state and the SHA-256 of a random verifier, and on the way back trades the code
// and the verifier for the token at the token endpoint. Only the access token is kept, in this tab's session storage;
// when it expires the page signs in again (Entra's own session makes that a pair of redirects).
window.dashboardSignIn = (() => {
  'use strict';

  const pendingStore = 'servicedesk.dashboard.signIn';
  const tokenStore = 'servicedesk.dashboard.token';

  function base64Url(bytes) {
    return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function random(length) { return base64Url(crypto.getRandomValues(new Uint8Array(length))); }

  async function challengeOf(verifier) { return base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))); }

  // The page's own address, without its query: the redirect URI the app registration lists.
  function redirectUri() { return location.origin + location.pathname; }

  // The sign-in settings, or null when the bot does not sign browsers in with Entra.
  async function settings() {
    const response = await fetch('dashboard/sign-in', { cache: 'no-store' });
    return response.ok ? response.json() : null;
  }

  // Sends the browser to sign in; it comes back to this page with ?code=…&state=… (or ?error=…).
  async function begin(config) {
    const response = await fetch(config.authority + '/.well-known/openid-configuration');
    if (!response.ok) throw new Error('metadata');
    const metadata = await response.json();
    const verifier = random(32);
    const state = random(16);
    sessionStorage.setItem(pendingStore, JSON.stringify({
      state, verifier, tokenEndpoint: metadata.token_endpoint, clientId: config.clientId, scope: config.scope, query: location.search,
    }));
    const query = new URLSearchParams({
      client_id: config.clientId, response_type: 'code', response_mode: 'query', redirect_uri: redirectUri(), scope: config.scope,
      state, code_challenge: await challengeOf(verifier), code_challenge_method: 'S256',
    });
    location.assign(metadata.authorization_endpoint + '?' + query);
  }

  // Run before the page reads its query: when the address is the authority's answer, puts the page's own query back
  // (its view, theme and language, as before signing in) and returns what finish() needs; else null.
  function takeReturn() {
    const query = new URLSearchParams(location.search);
    if (!query.has('state') || !(query.has('code') || query.has('error'))) return null;
    const pending = JSON.parse(sessionStorage.getItem(pendingStore) || 'null');
    sessionStorage.removeItem(pendingStore);
    history.replaceState(null, '', location.pathname + (pending ? pending.query : ''));
    // A state this tab did not send is someone else's answer (a forged link): its code is never used.
    if (!pending || pending.state !== query.get('state') || !query.has('code')) return { failed: true };
    return { code: query.get('code'), pending };
  }

  // The access token for the code (kept for this tab), or null when the authority would not give one.
  async function finish(returned) {
    if (returned.failed) return null;
    const { code, pending } = returned;
    const response = await fetch(pending.tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: pending.clientId, grant_type: 'authorization_code', code, redirect_uri: redirectUri(), code_verifier: pending.verifier, scope: pending.scope,
      }),
    });
    if (!response.ok) return null;
    const body = await response.json();
    if (typeof body.access_token !== 'string') return null;
    sessionStorage.setItem(tokenStore, body.access_token);
    return body.access_token;
  }

  function stored() { return sessionStorage.getItem(tokenStore); }

  function forget() { sessionStorage.removeItem(tokenStore); }

  return { settings, begin, takeReturn, finish, stored, forget };
})();
