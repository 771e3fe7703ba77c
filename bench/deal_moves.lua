-- Deal stage moves for wrk, one connection per thread (wrk -tN -cN), so that each thread moves a
-- deal of its own between lead and qualified, naming the version its last answer gave (If-Match):
--   DEALS_FILE=F COOKIE=C CSRF=T wrk -t16 -c16 -d10s --latency -s bench/deal_moves.lua URL
-- F holds lines "id version" of deals at lead that may become qualified, one per thread at least
-- (`node bench/deals_api.mjs PORT 16 > F`). C is the session cookie, T its CSRF token.
local deals = nil
local threads = 0

function setup(thread)
  if deals == nil then
    deals = {}
    for line in io.lines(os.getenv("DEALS_FILE")) do
      local id, version = line:match("^(%d+) (%d+)$")
      if id then deals[#deals + 1] = { id = id, version = version } end
    end
  end
  threads = threads + 1
  local deal = deals[threads]
  if deal == nil then error("deal_moves.lua: fewer deals than threads") end
  thread:set("deal_id", deal.id)
  thread:set("version", deal.version)
end

local stage = "lead"
local target = nil

function request()
  target = stage == "lead" and "qualified" or "lead"
  return wrk.format("POST", "/api/v1/deals/" .. deal_id .. "/transition", {
    ["Cookie"] = "attache_session=" .. os.getenv("COOKIE"),
    ["X-CSRF-Token"] = os.getenv("CSRF"),
    ["Content-Type"] = "application/json",
    ["If-Match"] = '"' .. version .. '"',
  }, '{"to":"' .. target .. '"}')
end

function response(status, headers, body)
  if status ~= 200 then return end
  for name, value in pairs(headers) do
    if name:lower() == "etag" then version = value:match("(%d+)") end
  end
  stage = target
end
