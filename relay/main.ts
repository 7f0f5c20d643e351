/**
 * `npm run relay`: starts the relay for live work. Port, storage folder, Redis and limits come from
 * options or the environment (see relay/config.ts and the README). Stops cleanly on Ctrl+C, storing
 * every open room first.
 */
import { readConfig } from './config';
import { redactConsole } from './redact';
import { startRelay } from './relay';

redactConsole();

let config;
try {
  config = readConfig(process.argv.slice(2), process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

const relay = await startRelay(config);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await relay.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
