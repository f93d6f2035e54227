/**
 * Child process of bench/feed.ts and bench/intake.ts: generates the load, so that its CPU is
 * not the server's. `run` takes what to send (the same GET every time, or a new question each
 * time) and returns the figures and how busy this process was.
 */
import { answerParent } from './child-rpc.ts';
import { busyMeter } from './cpu-busy.ts';
import { runLoad } from './http-load.ts';
import { getRequest, questionRequest } from './question-requests.ts';

export type LoadSpec = {
  port: number;
  connections: number;
  durationMs: number;
  request:
    | { kind: 'get'; path: string; host: string }
    | { kind: 'question'; exchangeId: string; host: string };
};

// Question numbers continue across runs, so a warm-up and the measurement never repeat one.
let questions = 0;

answerParent({
  run: async (spec: LoadSpec) => {
    const { request } = spec;
    const nextRequest =
      request.kind === 'get'
        ? (
            (bytes: Buffer) => () =>
              bytes
          )(getRequest(request))
        : () => questionRequest({ ...request, n: ++questions });
    const busy = busyMeter();
    const result = await runLoad({ ...spec, nextRequest });
    return { ...result, busy: busy() };
  },
});
