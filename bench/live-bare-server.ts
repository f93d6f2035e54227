/**
 * Child process of bench/live.ts: the yardstick. A bare node:http server that holds every
 * viewer's response open and writes each event to all of them, encoded once with the API's own
 * encoder, with no framework, database or bookkeeping: what broadcasting these bytes costs on
 * this machine at the least.
 */
import http from 'node:http';
import { PUBLIC_LIVE_EVENTS } from '@giaoluu/contracts';
import { encodeSseFrame, sseOpening } from '../apps/api/src/modules/live/sse-frame.ts';
import { answerParent } from './child-rpc.ts';
import { busyMeter } from './cpu-busy.ts';
import { livePayload, type Publish, publishBurst, publishPaced } from './live-publishing.ts';
import { sampleMemory } from './server-memory.ts';

const viewers = new Set<http.ServerResponse>();
const server = http.createServer((request, response) => {
  // Like the API's streams: the body runs until the connection closes, no chunked encoding.
  response.useChunkedEncodingByDefault = false;
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
  });
  response.write(sseOpening(lastId));
  viewers.add(response);
  request.socket.on('close', () => viewers.delete(response));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

let lastId = 0n;
const publish: Publish = async () => {
  const t = process.hrtime.bigint();
  lastId += 1n;
  const frame = encodeSseFrame({
    id: lastId,
    type: PUBLIC_LIVE_EVENTS.answerPublished,
    payload: livePayload(t),
  });
  for (const viewer of viewers) viewer.write(frame.bytes);
  return { id: Number(lastId), t, committed: t };
};

answerParent({
  port: () => port,
  path: () => '/events',
  memory: sampleMemory,
  busy: busyMeter(),
  paced: (options: { count: number; intervalMs: number }) => publishPaced(publish, options),
  burst: (options: { count: number }) => publishBurst(publish, options.count),
  close: async () => {
    for (const viewer of viewers) viewer.end();
    await new Promise((resolve) => server.close(resolve));
  },
});
