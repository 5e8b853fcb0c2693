/**
 * Plain HTTP requests with full control of the headers. fetch() will not let a test send a
 * foreign Host header (the DNS-rebinding check) or leave Origin out on purpose; node:http does.
 *
 *   const r = await rawRequest(`${origin}/api/app.status`, { method: 'POST', headers: { Cookie, Origin: origin } });
 *   expect(r.status).toBe(200); JSON.parse(r.text);
 */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The session cookie from a token exchange's Set-Cookie, ready for a Cookie header. */
export function sessionCookieFrom(response: RawResponse): string {
  const header = response.headers['set-cookie'];
  const first = (Array.isArray(header) ? header[0] : header) ?? '';
  return first.split(';')[0] ?? '';
}
