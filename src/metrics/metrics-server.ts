// The operator's HTTP endpoints, off unless METRICS_PORT is set: GET /metrics (Prometheus text)
// and GET /healthz. Bound to METRICS_HOST, loopback by default: metrics are not for the public.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.js';
import type { HealthReport } from './health.js';

export interface MetricsSource {
  metrics(): Promise<{ contentType: string; text: string }>;
  health(): Promise<HealthReport>;
}

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

export async function startMetricsServer(address: { host: string; port: number }, source: MetricsSource, logger: Logger): Promise<MetricsServer> {
  const server = http.createServer((request, response) => {
    void respond(request.method, request.url, source).then(
      ({ status, contentType, body }) => response.writeHead(status, { 'content-type': contentType }).end(body),
      (error: unknown) => {
        logger.error({ error: error instanceof Error ? error.message : String(error), url: request.url }, 'metrics request failed');
        response.writeHead(500, { 'content-type': 'text/plain' }).end('internal error\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(address.port, address.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  logger.info({ host: address.host, port }, 'serving /metrics and /healthz');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function respond(method: string | undefined, url: string | undefined, source: MetricsSource) {
  const path = new URL(url ?? '/', 'http://localhost').pathname;
  if (method !== 'GET') return { status: 405, contentType: 'text/plain', body: 'GET only\n' };
  if (path === '/metrics') {
    const { contentType, text } = await source.metrics();
    return { status: 200, contentType, body: text };
  }
  if (path === '/healthz') {
    const report = await source.health();
    return { status: report.httpStatus, contentType: 'application/json', body: JSON.stringify(report.body) };
  }
  return { status: 404, contentType: 'text/plain', body: 'not found: try /metrics or /healthz\n' };
}
