// `npm run dev`: the API (restarting on change) and Vite with hot reload, side by side.
import { spawn } from 'node:child_process';

// Pages come from Vite's origin and call the API through its proxy: the API's CSRF check
// must trust that origin too, here and nowhere else. --strictPort keeps Vite on it.
const VITE_PORT = 5173;
const serverEnv = { ...process.env, DEV_CLIENT_ORIGIN: process.env.DEV_CLIENT_ORIGIN ?? `http://localhost:${VITE_PORT}` };

const children = [
  spawn('node', ['--import', 'tsx', '--watch', 'server/main.ts'], { stdio: 'inherit', env: serverEnv }),
  spawn('npx', ['vite', '--port', String(VITE_PORT), '--strictPort'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
