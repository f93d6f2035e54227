import http from 'node:http';

export type HttpResponse = { status: number; body: string; headers: http.IncomingHttpHeaders };

/**
 * A signed-in staff browser over real HTTP: Node's fetch cannot set the Host header that picks
 * the tenant, so this speaks node:http to 127.0.0.1 with `Host: <slug>.localhost`, keeps the
 * cookies and sends the CSRF token on changes. One keep-alive connection, like a browser tab.
 */
export class StaffHttpClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly cookies = new Map<string, string>();
  private csrfToken = '';

  constructor(
    private readonly port: number,
    private readonly host: string,
  ) {}

  async signIn(email: string, password: string): Promise<void> {
    const csrf = await this.request('GET', '/api/auth/csrf');
    this.csrfToken = JSON.parse(csrf.body).csrfToken;
    const login = await this.request('POST', '/api/auth/login', { email, password });
    if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${login.body}`);
    this.csrfToken = JSON.parse(login.body).csrfToken;
  }

  request(method: string, path: string, payload?: unknown): Promise<HttpResponse> {
    const body = payload === undefined ? undefined : JSON.stringify(payload);
    const headers: http.OutgoingHttpHeaders = {
      host: this.host,
      cookie: this.cookieHeader(),
      'x-csrf-token': this.csrfToken,
      ...(body
        ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
        : {}),
    };

    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            this.remember(res.headers['set-cookie']);
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              headers: res.headers,
            });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** The Cookie header this browser sends, for a request made some other way (a stream). */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  close(): void {
    this.agent.destroy();
  }

  private remember(setCookie: string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair] = line.split(';');
      const separator = pair?.indexOf('=') ?? -1;
      if (!pair || separator < 0) continue;
      this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
  }
}
