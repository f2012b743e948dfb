/**
 * The web host's per-run token. The host prints its URL as
 * `http://127.0.0.1:PORT/#token=…`; at startup we take the token out of the
 * hash (before the hash router reads it), keep it in sessionStorage so a
 * reload still works, and remove it from the visible URL.
 */
const STORAGE_KEY = 'desk.webHostToken';

let token: string | null = null;

/** Must run before the router starts: the router owns the hash afterwards. */
export function consumeLaunchToken(): void {
  const hash = window.location.hash;
  if (hash.startsWith('#token=')) {
    const fromHash = new URLSearchParams(hash.slice(1)).get('token');
    if (fromHash) {
      token = fromHash;
      try {
        sessionStorage.setItem(STORAGE_KEY, fromHash);
      } catch {
        // Storage disabled: the token still lives in memory for this page.
      }
    }
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return;
  }
  try {
    token = sessionStorage.getItem(STORAGE_KEY);
  } catch {
    token = null;
  }
}

export function webHostToken(): string | null {
  return token;
}
