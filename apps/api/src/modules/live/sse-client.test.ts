import { describe, expect, it } from 'vitest';
import { SseClient, type SseSink } from './sse-client.ts';
import { encodeSseFrame } from './sse-frame.ts';

/** A socket that takes everything at once and remembers each write. */
function recordingSink(): SseSink & { writes: string[] } {
  const writes: string[] = [];
  return {
    writes,
    write: (chunk: Buffer) => {
      writes.push(chunk.toString('utf8'));
      return true;
    },
    end: () => {},
    destroy: () => {},
    writableLength: 0,
  };
}

const frame = (id: number) =>
  encodeSseFrame({ id: BigInt(id), type: 'answer.published', payload: { n: id } });
const ids = (text: string) => [...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]));

function liveClient(sink: SseSink, lastSentId = 0) {
  const client = new SseClient(
    sink,
    { maxPendingBytes: 1 << 20, onDrop: () => {} },
    BigInt(lastSentId),
  );
  client.goLive();
  return client;
}

describe('a viewer given events that arrived together', () => {
  const frames = [frame(11), frame(12), frame(13)];
  const joined = Buffer.concat(frames.map((each) => each.bytes));

  it('gets them in one write, in order', () => {
    const sink = recordingSink();
    liveClient(sink, 10).deliverBatch(frames, joined);
    expect(sink.writes).toHaveLength(1);
    expect(ids(sink.writes[0] as string)).toEqual([11, 12, 13]);
  });

  it('never gets one it already has, twice', () => {
    const sink = recordingSink();
    liveClient(sink, 12).deliverBatch(frames, joined);
    expect(ids(sink.writes.join(''))).toEqual([13]);
  });

  it('while catching up, gets them after the replay, each once', () => {
    const sink = recordingSink();
    const client = new SseClient(sink, { maxPendingBytes: 1 << 20, onDrop: () => {} }, 9n);
    client.deliverBatch(frames, joined);
    expect(sink.writes).toEqual([]);
    client.replay(frame(10));
    client.replay(frame(11));
    client.goLive();
    expect(ids(sink.writes.join(''))).toEqual([10, 11, 12, 13]);
  });
});
