-- wrk script: posts the comment form as a signed-in reader, as a browser without script would.
-- The form fields and cookies come from the environment, fetched with curl by run.sh before the load starts:
--   BENCH_ARTICLE_ID, BENCH_STAMP, BENCH_TOKEN (the form's antiforgery token), BENCH_COOKIE (the Cookie header with
--   the antiforgery and sign-in cookies), BENCH_RUN (unique per run).
-- Every request sends a different text (run, thread, counter): the duplicate check refuses the same text twice.
-- At the end it prints how many answers were not 2xx/3xx, by status code.

local function urlencode(s)
    return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local threads = {}

function setup(thread)
    table.insert(threads, thread)
    thread:set("thread_number", #threads)
end

function init(args)
    counter = 0
    failed = 0
    statuses = {}
    fields = "ArticleId=" .. os.getenv("BENCH_ARTICLE_ID")
        .. "&Stamp=" .. urlencode(os.getenv("BENCH_STAMP"))
        .. "&__RequestVerificationToken=" .. urlencode(os.getenv("BENCH_TOKEN"))
        .. "&Website=&Body="
    prefix = "Нагрузочный прогон " .. os.getenv("BENCH_RUN") .. ": читатель согласен с автором, поток "
        .. thread_number .. ", комментарий номер "
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
end

function request()
    counter = counter + 1
    return wrk.format(nil, nil, nil, fields .. urlencode(prefix .. counter))
end

function response(status, headers, body)
    if status >= 400 then
        failed = failed + 1
        statuses[status] = (statuses[status] or 0) + 1
        -- One line per thread and status, so the report can say why without a log dive.
        statuses_text = ""
        for code, count in pairs(statuses) do
            statuses_text = statuses_text .. " " .. code .. "x" .. count
        end
    end
end

function done(summary, latency, requests)
    local total = 0
    local detail = ""
    for _, thread in ipairs(threads) do
        total = total + (thread:get("failed") or 0)
        local text = thread:get("statuses_text")
        if text and text ~= "" then
            detail = detail .. text
        end
    end
    io.write(string.format("comment posts answered non-2xx/3xx: %d%s\n", total, detail ~= "" and (" (status x count:" .. detail .. ")") or ""))
end
