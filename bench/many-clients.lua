-- wrk script: requests as if from many visitors behind a trusted proxy on the same machine (loopback is always
-- trusted): each request carries the X-Forwarded-For of the next of CLIENTS addresses, so the rate limiter keeps a
-- window per visitor, as in production, and none runs out. The paths to request, in rotation, are the script's
-- arguments (wrk ... -s bench/many-clients.lua URL -- /path1 /path2).
local clients = tonumber(os.getenv("CLIENTS") or "100000")
local paths = {}
local i = 0

init = function(args)
  for _, path in ipairs(args) do
    paths[#paths + 1] = path
  end
  -- Each wrk thread starts at its own place in the list of visitors.
  i = math.random(0, clients - 1)
end

request = function()
  i = i + 1
  local client = i % clients
  local headers = { ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(client / 65536), math.floor(client / 256) % 256, client % 256) }
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end
