// Plain-JS entry of a worker thread: a worker does not inherit the parent's tsx loader, so it registers tsx
// itself and then imports the TypeScript module named in workerData.moduleUrl.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
register();
await import(workerData.moduleUrl);
