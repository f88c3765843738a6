// Deliberately wrong: the renderer reaches main only through the IPC contract.
import { ipcRenderer } from 'electron';
export const ipc = ipcRenderer;
