-- wrk script: POST /v1/check without a user (the policy rules only, no history, no Argon2id),
-- cycling through a few weak and strong candidates. The token comes from the environment
-- (TOKEN), never from wrk's command line. Run by bench/service-bench.sh.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "wrk-report.lua")

local token = os.getenv("TOKEN") or error("TOKEN is not set")
local candidates = {
    "Jennifer&37", "correct-Horse-7-battery", "Autumn2024!", "W1nd0w$eat8",
    "Xq7#mP2v-lake-Otter", "hello", "J0hnSm1th!", "BigTomatoes4",
}
local requests = {}
local n = 0

function init(args)
    local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
    for i, c in ipairs(candidates) do
        requests[i] = wrk.format("POST", "/v1/check", headers, '{"password":"' .. c .. '"}')
    end
end

function request()
    n = n + 1
    return requests[n % #requests + 1]
end
