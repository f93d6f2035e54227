/**
 * Child process of bench/feed.ts: the yardstick. A bare node:http server that answers every
 * request with the same status, headers and body, taken from one real response of the API:
 * what serving those bytes costs on this machine, with no framework and no database.
 */
import http from 'node:http';
import { answerParent } from './child-rpc.ts';
import { busyMeter } from './cpu-busy.ts';

export type CannedResponse = { status: number; headers: Record<string, string>; body: Buffer };

let canned: CannedResponse = { status: 204, headers: {}, body: Buffer.alloc(0) };
const server = http.createServer((_request, response) => {
  response.writeHead(canned.status, canned.headers);
  response.end(canned.body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

answerParent({
  serve: (response: CannedResponse) => {
    canned = { ...response, body: Buffer.from(response.body) };
    return port;
  },
  busy: busyMeter(),
});
