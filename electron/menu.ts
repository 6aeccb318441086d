// The application menu. Commands the renderer carries out (new, import, export, find, save) are sent to it.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './api/contract';

export function buildMenu(send: (command: MenuCommand['command']) => void): Menu {
  const item = (label: string, accelerator: string, command: MenuCommand['command']): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('New', 'CmdOrCtrl+N', 'new'),
        item('Import…', 'CmdOrCtrl+O', 'import'),
        item('Export…', 'CmdOrCtrl+E', 'export'),
        item('Save Revision', 'CmdOrCtrl+S', 'save'),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Find…', 'CmdOrCtrl+F', 'find'),
      ],
    },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
