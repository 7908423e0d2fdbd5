import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpExchange } from '../src/net/http-exchange.js';

// The Actions-cache client's one HTTP exchange, against a real server on 127.0.0.1.
let server: http.Server;
let base: string;
// Another origin (another port): it answers with the credentials it was sent.
let otherServer: http.Server;
let other: string;
beforeAll(async () => {
  otherServer = http.createServer((req, res) => res.end(JSON.stringify({ auth: req.headers.authorization ?? null, cookie: req.headers.cookie ?? null })));
  await new Promise<void>(r => otherServer.listen(0, '127.0.0.1', r));
  other = `http://127.0.0.1:${(otherServer.address() as AddressInfo).port}`;
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.url === '/echo') {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ method: req.method, length: req.headers['content-length'], body: body.toString(), auth: req.headers.authorization }));
      } else if (req.url?.startsWith('/hop/')) {
        const n = Number(req.url.slice(5));
        res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/echo' });
        res.end();
      } else if (req.url === '/away') {
        res.writeHead(307, { location: `${other}/echo` });
        res.end();
      } else if (req.url === '/broken') {
        res.writeHead(302, { location: 'http://[' });
        res.end();
      } else if (req.url === '/cut') {
        // Promises 1000 bytes, sends 10, drops the connection.
        res.writeHead(200, { 'content-length': '1000' });
        res.write('0123456789');
        setTimeout(() => res.socket?.destroy(), 20);
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 2000);
      } else {
        res.writeHead(503);
        res.end('busy');
      }
    });
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>(r => server.close(() => r()));
  await new Promise<void>(r => otherServer.close(() => r()));
});

describe('httpExchange', () => {
  test('sends the body with its length and the headers; answers the status and the whole body', async () => {
    const r = await httpExchange('POST', `${base}/echo`, { body: Buffer.from('{"a":1}'), headers: { authorization: 'Bearer t' }, timeoutMs: 2000 });
    expect(r.status).toBe(201);
    expect(JSON.parse(r.toString())).toEqual({ method: 'POST', length: '7', body: '{"a":1}', auth: 'Bearer t' });
  });

  test('a GET follows redirects (at most five); a status that is not 2xx is answered, not thrown', async () => {
    expect(JSON.parse((await httpExchange('GET', `${base}/hop/3`, { timeoutMs: 2000 })).toString()).method).toBe('GET');
    await expect(httpExchange('GET', `${base}/hop/9`, { timeoutMs: 2000 })).rejects.toThrow(/more than 5 redirects/);
    const busy = await httpExchange('GET', `${base}/other`, { timeoutMs: 2000 });
    expect([busy.status, busy.toString()]).toEqual([503, 'busy']);
  });

  test('credentials go only to the origin they were given for: a redirect elsewhere drops them, one within keeps them', async () => {
    const headers = { authorization: 'Bearer runner-token', cookie: 'c=1', 'x-ms-version': '2020' };
    const away = JSON.parse((await httpExchange('GET', `${base}/away`, { headers, timeoutMs: 2000 })).toString());
    expect(away).toEqual({ auth: null, cookie: null });
    const within = JSON.parse((await httpExchange('GET', `${base}/hop/1`, { headers, timeoutMs: 2000 })).toString());
    expect(within.auth).toBe('Bearer runner-token');
  });

  test('a redirect to a URL that does not parse fails at once, without waiting for the timeout', async () => {
    const started = performance.now();
    await expect(httpExchange('GET', `${base}/broken`, { timeoutMs: 5000 })).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('a connection that drops mid-body fails; it is never a short body', async () => {
    await expect(httpExchange('GET', `${base}/cut`, { timeoutMs: 2000 })).rejects.toThrow();
  });

  test('no answer within the timeout fails, naming it', async () => {
    await expect(httpExchange('GET', `${base}/slow`, { timeoutMs: 200 })).rejects.toThrow(/no complete answer within 200 ms/);
  });
});
