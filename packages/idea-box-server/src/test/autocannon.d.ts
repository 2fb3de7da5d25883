declare module "autocannon" {
  interface Result {
    errors: number;
    timeouts: number;
    non2xx: number;
    requests: { total: number; average: number; p50: number; p99: number };
    latency: { p50: number; p99: number; p97_5: number; average: number };
  }
  function autocannon(options: Record<string, unknown>): Promise<Result>;
  export default autocannon;
}
