-- wrk script for "realistic traffic": every request asks for a path picked at random from a list, so a run spreads
-- over many pages (and their database rows and caches) instead of repeating one URL.
--   BENCH_URLS=paths.txt wrk -t2 -c32 -d15s --timeout 10s -s bench/mix.lua http://127.0.0.1:PORT
-- The list has one path a line ("/category/web-stings/?tag=california"; blank lines are skipped). Each thread
-- seeds its own generator with a constant plus its number, so two runs ask for the same sequence of paths.
-- Like bench/report.lua it counts non-2xx responses across threads and prints one machine-readable line
-- ("BENCH rps=… p50_ms=… p99_ms=… non2xx=… socket_errors=… requests=…").
local SEED = 20240611
local threads = {}
local next_id = 0

-- Runs in the main Lua state, once per thread before it starts: numbers the threads for their seeds.
function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

local function fail(message)
  io.stderr:write("mix.lua: " .. message .. "\n")
  os.exit(1)
end

-- Runs in each thread's own Lua state: reads the list there (states share nothing) and seeds the generator.
function init(args)
  non2xx = 0
  local file = os.getenv("BENCH_URLS")
  if file == nil or file == "" then fail("set BENCH_URLS to a file of URL paths, one a line") end
  local handle, err = io.open(file, "r")
  if handle == nil then fail("cannot read BENCH_URLS: " .. tostring(err)) end
  paths = {}
  for line in handle:lines() do
    line = line:gsub("\r$", ""):match("^%s*(.-)%s*$")
    if line ~= "" then table.insert(paths, line) end
  end
  handle:close()
  if #paths == 0 then fail(file .. " has no paths") end
  math.randomseed(SEED + id)
end

function request()
  return wrk.format(nil, paths[math.random(#paths)])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format("BENCH rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d requests=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    bad, e.connect + e.read + e.write + e.timeout, summary.requests))
end
