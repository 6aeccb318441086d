// The only door between the page and the main process: window.copydesk, with the API's operations and
// the menu's commands, nothing else of Node or Electron.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CopydeskBridge, MenuCommand } from './api/contract';

const bridge: CopydeskBridge = {
  mode: 'desktop',
  call: (operation, input) => ipcRenderer.invoke('copydesk:api', operation, input),
  onMenu(listener) {
    const relay = (_event: IpcRendererEvent, command: MenuCommand['command']) => listener(command);
    ipcRenderer.on('copydesk:menu', relay);
    return () => ipcRenderer.removeListener('copydesk:menu', relay);
  },
};

contextBridge.exposeInMainWorld('copydesk', bridge);
