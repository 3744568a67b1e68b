-- wrk script for bench/search.sh: the request paths come after "--" on wrk's command line, and each request takes
-- the next one, so one run measures a few queries of one kind rather than one query's luck.
local paths = {}
local i = 0
function init(args)
  for _, path in ipairs(args) do
    paths[#paths + 1] = path
  end
end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
