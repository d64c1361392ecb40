// Worker-thread entry of crawler/writer.ts when its bundle is unavailable
// (crawler/threads.ts): plain JavaScript so that it starts under any runner
// (tsx, vitest, the policy-radar bin); it registers tsx for this thread, then
// loads the TypeScript side.
import { register } from 'tsx/esm/api';

register();
await import('./writer-loop.ts');
