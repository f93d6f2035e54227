import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LiveChannel } from '../../generated/prisma/client.ts';
import type { LiveHub, LiveSubscription } from './live-hub.ts';

const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  // nginx would otherwise buffer the stream and deliver events in lumps.
  'x-accel-buffering': 'no',
};

/**
 * Takes the response over from Fastify and hands it to the hub; authorization is done by now.
 * Headers Fastify would have sent (security, request id) are kept.
 */
export async function openEventStream(options: {
  hub: LiveHub;
  request: FastifyRequest;
  reply: FastifyReply;
  exchangeId: string;
  channel: LiveChannel;
  lastEventId: bigint | undefined;
}): Promise<void> {
  const { hub, request, reply } = options;
  const headers: OutgoingHttpHeaders = {
    ...(reply.getHeaders() as OutgoingHttpHeaders),
    ...SSE_HEADERS,
    'x-request-id': request.id,
  };
  reply.hijack();

  const raw = reply.raw;
  let subscription: LiveSubscription | null = null;
  let gone = false;
  // A write racing the viewer's departure reports an error here instead of crashing.
  raw.on('error', () => {});
  raw.once('close', () => {
    gone = true;
    subscription?.leave();
  });
  // A viewer who left while the exchange or the session was being looked up closed the
  // response before the listener above existed: joining would keep a dead viewer forever.
  if (raw.destroyed) return;
  // The stream's body runs until the connection closes, as HTTP/1.1 allows for a response of no
  // declared length, instead of in chunks: an event then costs each viewer one plain socket
  // write, where chunked encoding adds framing, a cork and a deferred uncork per viewer (about
  // a third more time to reach 10,000 viewers, bench:live). A stream never shares its
  // connection anyway: when it ends, EventSource reconnects on a new one.
  raw.useChunkedEncodingByDefault = false;
  // The head goes out with the first bytes, which the hub writes once the viewer has joined.
  raw.writeHead(200, headers);

  try {
    subscription = await hub.subscribe({
      exchangeId: options.exchangeId,
      channel: options.channel,
      sink: raw,
      lastEventId: options.lastEventId,
    });
  } catch (error) {
    request.log.error({ err: error }, 'opening a live stream failed');
    raw.destroy();
    return;
  }
  if (gone || raw.destroyed) subscription.leave();
}
