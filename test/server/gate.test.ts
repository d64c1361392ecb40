import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLimitedServer, drain, serverLimits, startupGate } from '../../server/http-server.ts';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('startupGate.settled (serve closes its read threads only after it)', () => {
  it('waits for a handler whose client has hung up, after the last connection closed', async () => {
    const gate = startupGate();
    const server = createLimitedServer(serverLimits({}), gate.listener);
    const started = deferred();
    const reading = deferred();
    let finished = false;
    gate.open(async (_req, res) => {
      started.resolve();
      await reading.promise; // a search still running on a read thread
      finished = true;
      res.end('late');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const sock = connect(port, '127.0.0.1');
    sock.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
    await started.promise;
    sock.destroy(); // the client gives up
    await drain(server, 2_000); // no connection is left ...
    let settled = 0;
    // two callers may wait at once (serve, and a test or a second signal): both are woken
    const waits = [gate.settled(60_000), gate.settled(60_000)].map((p) => p.then(() => settled++));
    await new Promise((r) => setTimeout(r, 100));
    expect(settled).toBe(0); // ... but the handler still reads
    reading.resolve();
    await Promise.all(waits);
    expect(settled).toBe(2);
    expect(finished).toBe(true);
    // a waiter left to its 60 s limit would run past this test's 10 s
  }, 10_000);

  it('resolves at once with nothing running, and after the time limit with a handler that never ends', async () => {
    const gate = startupGate();
    await gate.settled(10_000); // would time the test out if it waited
    const server = createLimitedServer(serverLimits({}), gate.listener);
    const started = deferred();
    gate.open(() => {
      started.resolve();
      return new Promise<void>(() => {}) as unknown as void;
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const sock = connect((server.address() as AddressInfo).port, '127.0.0.1');
    sock.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    await started.promise;
    const t0 = Date.now();
    await gate.settled(150);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    sock.destroy();
    server.closeAllConnections();
    server.close();
  });
});
