/** Entry point: finds the page's elements, loads the served graph, and wires the top bar. */
import './style.css';
import { ViewerApp } from './app.js';
import { attachFileInputs, fetchGraph, readGraphFile } from './load.js';
import { stateFromHash } from './state.js';
import { exportGexf, exportPng } from './export.js';
import { installDebugHook } from './debug-hook.js';

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`geokg/viewer: missing element #${id}`);
  return el as T;
}

const app = new ViewerApp({
  container: byId('sigma-container'),
  search: byId('search-section'),
  display: byId('display-section'),
  filters: byId('filters-section'),
  path: byId('path-section'),
  details: byId('details'),
  graphName: byId('graph-name'),
  graphStats: byId('graph-stats'),
  layoutButton: byId<HTMLButtonElement>('layout-toggle'),
  status: byId('status'),
}, stateFromHash(location.hash));

installDebugHook(app);

const fail = (err: unknown) => {
  app.setStatus((err as Error).message);
  document.body.classList.add('load-failed');
};

attachFileInputs(byId<HTMLInputElement>('file-input'), byId('app'), (file) => {
  readGraphFile(file).then((loaded) => app.load(loaded)).catch(fail);
});

byId('layout-toggle').addEventListener('click', () => app.toggleLayout());
byId('zoom-in').addEventListener('click', () => void app.sigma?.getCamera().animatedZoom({ duration: 250 }));
byId('zoom-out').addEventListener('click', () => void app.sigma?.getCamera().animatedUnzoom({ duration: 250 }));
byId('zoom-reset').addEventListener('click', () => void app.sigma?.getCamera().animatedReset({ duration: 300 }));
byId('export-png').addEventListener('click', () => {
  if (app.sigma) exportPng(app.sigma, app.origin, app.settings.background).catch(fail);
});
byId('export-gexf').addEventListener('click', () => {
  try {
    if (app.sigma) exportGexf(app.data, app.render, app.view.visibility, app.state.colorBy, app.data.getAttributes().name || app.origin);
  } catch (err) {
    fail(err);
  }
});
byId('copy-link').addEventListener('click', () => {
  app.writeUrl();
  navigator.clipboard?.writeText(location.href).then(() => app.setStatus('Link to this view copied.'), () => app.setStatus(location.href));
});
window.addEventListener('hashchange', () => app.restore(stateFromHash(location.hash)));

fetchGraph('graph.json').then((loaded) => app.load(loaded)).catch((err) => {
  fail(err);
  app.setStatus(`${(err as Error).message} — open or drop a graph file.`);
});
