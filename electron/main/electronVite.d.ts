// electron-vite's import suffixes (e.g. `?nodeWorker`, which bundles a worker thread entry).
/// <reference types="electron-vite/node" />
