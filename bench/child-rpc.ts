import { type ChildProcess, fork } from 'node:child_process';

type Call = { id: number; method: string; args: unknown };
type Reply = { id: number; result?: unknown; error?: string };
type Ready = { ready: true };

/**
 * A benchmark's helper process (viewers, load generator, servers), called like an object:
 * `await child.call('connect', {...})`. Calls and results travel over Node's IPC channel with
 * the structured-clone serialisation, so bigint timestamps cross it as they are. The child runs
 * with the parent's flags (tsx's loader, `--conditions=source`) plus `execArgv`.
 */
export class ChildRpc {
  readonly #child: ChildProcess;
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>();
  readonly #ready: Promise<void>;
  #nextId = 1;
  #exited = false;

  constructor(file: URL, options: { args?: string[]; execArgv?: string[] } = {}) {
    this.#child = fork(file, options.args ?? [], {
      execArgv: [...process.execArgv, ...(options.execArgv ?? [])],
      serialization: 'advanced',
      // Anything a child prints goes to stderr: stdout ends with the benchmark's one JSON line.
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    this.#ready = new Promise((resolve, reject) => {
      this.#child.once('message', (message) => {
        if ((message as Ready).ready) resolve();
        else reject(new Error(`${file.pathname}: unexpected first message`));
      });
      this.#child.once('exit', (code) => reject(new Error(`${file.pathname} exited (${code})`)));
    });
    this.#child.on('message', (message) => {
      const reply = message as Reply;
      const pending = this.#pending.get(reply.id);
      if (!pending) return;
      this.#pending.delete(reply.id);
      if (reply.error !== undefined) pending.reject(new Error(reply.error));
      else pending.resolve(reply.result);
    });
    this.#child.on('exit', (code, signal) => {
      this.#exited = true;
      for (const pending of this.#pending.values()) {
        pending.reject(new Error(`${file.pathname} exited (${code ?? signal}) during a call`));
      }
      this.#pending.clear();
    });
  }

  async call<T>(method: string, args?: unknown): Promise<T> {
    await this.#ready;
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#child.send({ id, method, args } satisfies Call);
    });
  }

  /**
   * Ends the child and waits for it to be gone: first by closing the channel, on which the child
   * exits by itself (so that --cpu-prof can write its profile), then by a signal.
   */
  async stop(): Promise<void> {
    if (this.#exited) return;
    const exited = new Promise((resolve) => this.#child.once('exit', resolve));
    this.#child.disconnect();
    const timer = setTimeout(() => this.#child.kill(), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

// Each handler takes the call's argument; the caller and the child agree on its shape.
type Handlers = Record<string, (args: never) => unknown>;

/** In a child: answers the parent's calls with `handlers`, then tells the parent it is ready. */
export function answerParent(handlers: Handlers): void {
  process.on('message', (message) => {
    const call = message as Call;
    const handler = handlers[call.method] as ((args: unknown) => unknown) | undefined;
    const reply = (result: Omit<Reply, 'id'>) => process.send?.({ id: call.id, ...result });
    if (!handler) {
      reply({ error: `unknown method ${call.method}` });
      return;
    }
    Promise.resolve()
      .then(() => handler(call.args))
      .then(
        (result) => reply({ result }),
        (error: unknown) => reply({ error: error instanceof Error ? error.stack : String(error) }),
      );
  });
  process.send?.({ ready: true } satisfies Ready);
  // The parent going away (crash, Ctrl-C) takes the child with it.
  process.on('disconnect', () => process.exit(0));
}
