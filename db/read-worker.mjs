// Worker-thread entry of db/read-loop.ts when its bundle is unavailable
// (crawler/threads.ts): plain JavaScript that registers tsx for this thread,
// then loads the TypeScript side.
import { register } from 'tsx/esm/api';

register();
await import('./read-loop.ts');
