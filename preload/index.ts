/**
 * The preload: the only place that touches ipcRenderer. It exposes the named functions of
 * PlannerApi and nothing else: no channel names, no ipcRenderer, no Electron event objects.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createPlannerApi, type BridgeTransport } from './contract/planner-api';

const ipcTransport: BridgeTransport = {
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  subscribe: (channel, listener) => {
    const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('api', createPlannerApi(ipcTransport));
