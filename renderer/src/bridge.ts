// The one way the renderer reaches the store: window.copydesk in the desktop app, HTTP in browser mode.
import type {
  ApiResponse,
  CopydeskBridge,
  MenuCommand,
  OperationInput,
  OperationName,
  OperationOutput,
} from '../../electron/api/contract';

declare global {
  interface Window {
    copydesk?: CopydeskBridge;
  }
}

const TOKEN_KEY = 'copydesk-token';

/** Takes the launch secret from `?token=` once, keeps it for this tab and clears it from the address bar. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function httpBridge(): CopydeskBridge {
  const token = takeToken();
  return {
    mode: 'browser',
    async call<K extends OperationName>(operation: K, input: OperationInput<K>): Promise<ApiResponse<OperationOutput<K>>> {
      let response: Response;
      try {
        response = await fetch(`api/${operation}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': token },
          body: JSON.stringify(input),
          // Saves sent while the page closes must still arrive.
          keepalive: operation === 'saveDraft',
        });
      } catch {
        return { ok: false, error: { code: 'internal', message: 'Copydesk is not reachable. Is it still running?' } };
      }
      if (response.status === 401) {
        return { ok: false, error: { code: 'refused', message: 'This page has lost its key to Copydesk. Open it again from the link Copydesk printed.' } };
      }
      try {
        return (await response.json()) as ApiResponse<OperationOutput<K>>;
      } catch {
        return { ok: false, error: { code: 'internal', message: `Copydesk answered ${response.status} without a readable reply.` } };
      }
    },
    onMenu: (_listener: (command: MenuCommand['command']) => void) => () => {},
  };
}

export const bridge: CopydeskBridge = window.copydesk ?? httpBridge();

/** An API error carrying the human message the host gave. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Calls an operation and returns its value, or throws an ApiError with a message fit to show. */
export async function api<K extends OperationName>(operation: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const response = await bridge.call(operation, input);
  if (!response.ok) throw new ApiError(response.error.code, response.error.message);
  return response.value;
}

/** What to tell the user about any failure, without a stack trace. */
export function humanMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message.split('\n')[0];
  return 'Something went wrong.';
}
