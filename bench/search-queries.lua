-- wrk script: rotates through search queries so one run measures a mix, not one cached-by-luck case.
-- A word, an "exact phrase", a filter by country and year, and sort=date; each request takes the next query.
local queries = {
  "/api/v1/search?q=human%20rights",
  "/api/v1/search?q=%22civil%20society%22",
  "/api/v1/search?q=freedom&country=FR&year=2015",
  "/api/v1/search?q=council&sort=date",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", queries[(i % #queries) + 1])
end
