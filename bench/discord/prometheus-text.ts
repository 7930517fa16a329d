// Reading one series out of Prometheus text exposition, whatever order its labels come in.
export function metricValue(metrics: string, name: string, labels: Record<string, string>): number {
  const line = metrics
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([key, value]) => l.includes(`${key}="${value}"`)));
  return line ? Number(line.split(' ').at(-1)) : 0;
}
