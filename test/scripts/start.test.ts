// `npm start` (scripts/start.mjs) with its preferred port taken: it says so in Swedish and English,
// and the real development server comes up on the next free port, serving a manifest for that port.
// The server is stopped as soon as it answers (its first build is not waited for).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const START = join(ROOT, 'scripts', 'start.mjs');

/** Holds a free port of the machine on localhost, as another program would. */
function holdPort(): Promise<{ server: Server; port: number }> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, 'localhost', () => done({ server, port: (server.address() as AddressInfo).port }));
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host: 'localhost' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  ms: number,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('npm start with its port taken', () => {
  let held: { server: Server; port: number };
  let child: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    held = await holdPort();
  });

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await new Promise<void>((r) => held.server.close(() => r()));
  });

  test('says so in Swedish and English and serves on the next free port', async () => {
    child = spawn(process.execPath, [START, '--port', String(held.port)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString('utf8')));

    const port = await until(
      'the busy-port message',
      () => {
        const m = /The development server starts on port (\d+) instead\./.exec(output);
        return m ? Number(m[1]) : undefined;
      },
      60_000,
    );
    expect(port).toBeGreaterThan(held.port);
    expect(output).toContain(
      `Port ${held.port} används redan (kanske av en tidigare npm start). Utvecklingsservern startar på port ${port} i stället.`,
    );
    expect(output).toContain(`Port ${held.port} is already in use (perhaps by an earlier npm start).`);
    expect(output).not.toMatch(/EADDRINUSE|\n\s+at /); // no raw error, no stack trace

    // The real server listens there, and the manifest for Excel points there.
    await until(
      'the server on the new port',
      async () => ((await canConnect(port)) ? true : undefined),
      120_000,
    );
    // Written before the server starts (the instructions that name it come after the first build).
    const manifestFile = join(tmpdir(), 'spridningslogg', `manifest-localhost-${port}.xml`);
    const manifest = readFileSync(manifestFile, 'utf8');
    rmSync(manifestFile);
    expect(manifest).toContain(`https://localhost:${port}/taskpane.html`);
    expect(manifest).not.toContain(`https://localhost:3000/`);

    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 240_000);
});

test('a bad --port value, and every port taken, are refused in Swedish and English', () => {
  const script = `
    const m = await import(${JSON.stringify(START)});
    let bad = '';
    try { m.preferredPort(['--port', 'abc'], 3000); } catch (e) { bad = e.message; }
    process.stdout.write(JSON.stringify({ bad, full: m.busyPortMessage(3000, null), tried: m.PORTS_TRIED }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  const { bad, full, tried } = JSON.parse(run.stdout) as { bad: string; full: string; tried: number };
  expect(bad).toBe(
    '--port vill ha ett portnummer 1–65535, inte "abc".\n--port wants a port number 1–65535, not "abc".',
  );
  expect(full).toContain(`Portarna 3000–${3000 + tried - 1} används alla`);
  expect(full).toContain(`Ports 3000–${3000 + tried - 1} are all in use`);
});
