import type { Command } from 'commander';
import { UserError } from '../errors.ts';

/** `policy-radar serve`: the archive API, web UI and feeds over HTTP. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the archive API, researcher web UI and Atom feeds over HTTP')
    .option('-p, --port <n>', 'TCP port (default: config server.port, else 8787)')
    .option('-H, --host <host>', 'address to bind (default: config server.host, else 127.0.0.1; 0.0.0.0 for all interfaces)')
    .option('--lang <lang>', 'default interface language when the browser does not say: zh or en', 'zh')
    .addHelpText(
      'after',
      `
Routes:
  /                      search page          /notices/:id   notice, versions, diff
  /sources               source health        /api/openapi.json  API description
  /api/notices[.csv|.ndjson]  search and exports   /feeds/notices.atom  Atom feed of a search

Examples:
  policy-radar serve
  policy-radar serve --port 9000 --host 0.0.0.0
  DATABASE_URL=postgres://user:pw@db/radar policy-radar serve`,
    )
    .action(async (opts: { port?: string; host?: string; lang: string }, cmd: Command) => {
      const { openContext } = await import('../context.ts');
      const ctx = openContext(cmd);
      const portRaw = opts.port ?? ctx.config.server?.port ?? 8787;
      const port = Number(portRaw);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port: expected 0..65535, got "${portRaw}"`);
      if (opts.lang !== 'zh' && opts.lang !== 'en') throw new UserError(`--lang: expected zh or en, got "${opts.lang}"`);
      const host = opts.host ?? ctx.config.server?.host ?? '127.0.0.1';
      const { createServer, listen } = await import('../../server/index.ts');
      const store = await ctx.store();
      const { server } = await createServer(store, { publicUrl: ctx.config.publicUrl, secret: ctx.config.secret, lang: opts.lang });
      let addr: Awaited<ReturnType<typeof listen>>;
      try {
        addr = await listen(server, port, host);
      } catch (e) {
        await ctx.close();
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UserError(`port ${port} on ${host} is already in use; pick another with --port`);
        if (code === 'EACCES') throw new UserError(`not allowed to listen on ${host}:${port}`);
        throw e;
      }
      process.stdout.write(`policy-radar: serving ${ctx.dbUrl.replace(/\/\/[^@/]*@/, '//***@')} on ${addr.url}/\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          server.close(() => resolve());
          server.closeAllConnections();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await ctx.close();
    });
}
