-- Shared by bench/wrk-check*.lua: after the run, one line bench/service-bench.sh parses.
-- wrk's latencies are in microseconds; non-2xx/3xx answers (429, 503, …) count in errors.status.
function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format(
        "RESULT requests=%d seconds=%.3f rps=%.1f ok_rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
        summary.requests, seconds, summary.requests / seconds, (summary.requests - e.status) / seconds,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        e.status, e.connect + e.read + e.write + e.timeout))
end
