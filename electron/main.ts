// The desktop app's main process: a thin shell. It opens the store, answers the page's API calls over IPC
// (only from its own page), and keeps the window locked down: isolated, sandboxed, no Node, strict CSP,
// no navigation, no new windows. Everything else lives in testable modules (api/, db/).
import { app, BrowserWindow, dialog, ipcMain, Menu, session as electronSession, type WebFrameMain } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveStoreFile } from '../db/paths';
import { createApi } from './api/api';
import type { MenuCommand } from './api/contract';
import { StoreSession } from './api/session';
import { CONTENT_SECURITY_POLICY } from './csp';
import { buildMenu } from './menu';

const PAGE = pathToFileURL(join(__dirname, '..', 'renderer', 'index.html'));

function dbFlag(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--db');
  return at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--db='))?.slice('--db='.length);
}

/** Only the app's own page may call the API: not an iframe, not a page navigated elsewhere. */
function isOwnPage(frame: WebFrameMain | null): boolean {
  if (!frame || frame.parent) return false;
  const url = new URL(frame.url);
  return url.protocol === 'file:' && url.pathname === PAGE.pathname;
}

let window: BrowserWindow | null = null;

function openWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Copydesk',
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => (window = null));
  void win.loadURL(PAGE.href);
  window = win;
}

function lockDown(): void {
  electronSession.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  electronSession.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const session = new StoreSession(resolveStoreFile(dbFlag(process.argv)));
  const api = createApi(session, {
    async saveExport({ suggestedName, text }) {
      const options = { defaultPath: suggestedName, filters: [{ name: 'Markdown', extensions: ['md'] }] };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFile(choice.filePath, text, 'utf8');
      return { saved: true, file: choice.filePath };
    },
  });

  ipcMain.handle('copydesk:api', (event, operation: unknown, input: unknown) => {
    if (!isOwnPage(event.senderFrame)) {
      return { ok: false, error: { code: 'refused', message: 'Only Copydesk’s own page may use its API.' } };
    }
    return api.handle(String(operation), input);
  });

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  void app.whenReady().then(() => {
    lockDown();
    const send = (command: MenuCommand['command']) => window?.webContents.send('copydesk:menu', command);
    Menu.setApplicationMenu(buildMenu(send));
    openWindow();
    app.on('activate', () => {
      if (!window) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => session.close());
}
