-- wrk script: POST /v1/check with a user, so the history rules (reuse, similar) compare the
-- candidate with that person's stored Argon2id hashes. Cycles through BENCH_USERS people
-- (BENCH_PREFIX0 … BENCH_PREFIX<n-1>, given a history by bench/service-bench.sh first), so no
-- one person reaches the per-user hourly limit quickly. TOKEN comes from the environment.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "wrk-report.lua")

local token = os.getenv("TOKEN") or error("TOKEN is not set")
local users = tonumber(os.getenv("BENCH_USERS") or "300")
local prefix = os.getenv("BENCH_PREFIX") or "bench-user-"
local headers
local n = 0
local next_id = 0

function setup(thread)
    thread:set("id", next_id)
    next_id = next_id + 1
end

function init(args)
    headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
end

function request()
    -- Threads start at different people and step by a large stride, so they rarely collide.
    local u = (id * 7919 + n) % users
    n = n + 1
    return wrk.format("POST", "/v1/check", headers, string.format(
        '{"user":"%s%d","password":"Bench-history-%d-c!","system":"bench-c"}', prefix, u, u))
end
