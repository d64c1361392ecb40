#!/usr/bin/env node
// Entry shim: registers tsx so the TypeScript sources run without a build step.
import { register } from 'tsx/esm/api';

register();
// `policy-radar search … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import('../cli/main.ts');
await main(process.argv);
