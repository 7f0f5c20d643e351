// `npm run dev`: the app's dev server and a local relay together, so a facilitator can run a live
// workshop from one laptop. The relay stores rooms in relay-data/; both stop on Ctrl+C.
// Options: RELAY_PORT (default 1234); arguments are passed to Vite (e.g. --host to open it to the Wi-Fi).
import { spawn } from 'node:child_process';

const relayPort = process.env.RELAY_PORT ?? '1234';
const children = [
  spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts', '--port', relayPort, '--host', '127.0.0.1'], { stdio: 'inherit' }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, PROFILBYGGER_DEV_RELAY_PORT: relayPort },
  }),
];

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
