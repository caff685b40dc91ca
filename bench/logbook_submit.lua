-- wrk script for bench/run.sh: a student submits one logbook day, again and again. The activities text
-- differs per request (thread number and counter), because SaveLogbookEntry does nothing for an unchanged
-- entry: every request is a real write (new version, version row, audit event, durable commit).
-- Arguments after `--`: the path (/api/v1/placements/{id}/logbook/{date}), the session cookie, the CSRF token.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local counter = 0
local path, headers

function init(args)
  path = args[1]
  headers = {["Cookie"] = args[2], ["X-CSRF-Token"] = args[3], ["Content-Type"] = "application/json"}
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"start":"08:30","end":"16:30","break_minutes":30,"goals":[1],"submit":true,' ..
    '"activities":"Vacatures nagelezen en cv-screening voorbereid (bench %d-%d)."}',
    thread_number, counter)
  return wrk.format("PUT", path, headers, body)
end
