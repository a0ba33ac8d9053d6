// The article editor's safety net: autosave a few seconds after typing stops (and at least every 15 s while it goes
// on, and when the page is hidden or left), a new article's first autosave making it a draft at its own address,
// autosave stopping at a conflicting save with a way to the side-by-side view, and the presence heartbeat.
// Without JavaScript none of this runs; the editor's buttons still save, and a conflicting save shows both texts.
(function () {
    "use strict";

    var form = document.getElementById("editor");
    if (!form) {
        return;
    }
    // Typing pauses longer than this count as "stopped"; a save also happens at least every BUSY_MS while typing.
    var QUIET_MS = 3000;
    var BUSY_MS = 15000;
    var HEARTBEAT_MS = 20000;

    var token = form.querySelector("input[name=__RequestVerificationToken]");
    var status = document.getElementById("autosave-status");
    var warning = document.getElementById("presence-warning");
    var version = form.querySelector("input[name='Form.Version']");
    var title = document.getElementById("Form_Title");
    var articleId = form.getAttribute("data-article-id");
    var endpoint = window.location.pathname;

    function post(handler, data, leaving) {
        return fetch(endpoint + "?handler=" + handler, {
            method: "POST",
            body: data,
            headers: token ? { "RequestVerificationToken": token.value } : {},
            credentials: "same-origin",
            // A request made while the page goes away must outlive it.
            keepalive: !!leaving
        });
    }

    function say(text, isError) {
        if (status) {
            status.textContent = text;
            status.className = isError ? "nr-autosave nr-error" : "nr-autosave";
        }
    }

    // A new article's first autosave created it: from now on everything on the page addresses the draft.
    function adopt(saved) {
        articleId = String(saved.id);
        form.setAttribute("data-article-id", articleId);
        endpoint = saved.url;
        document.querySelectorAll("form#editor, #editor [formaction], [form=editor][formaction]").forEach(function (element) {
            var name = element.hasAttribute("formaction") ? "formaction" : "action";
            element.setAttribute(name, element.getAttribute(name).replace(/^[^?]*/, saved.url));
        });
        window.history.replaceState(null, "", saved.url + window.location.hash);
        startPresence();
    }

    // Autosave. Only one save is under way at a time; a change made meanwhile is saved after it.
    var autosave = form.getAttribute("data-autosave") === "on";
    var dirty = false;
    var saving = false;
    var stopped = false;
    var submitting = false;
    var heldSubmitter = null;
    var quietTimer = null;
    var busyTimer = null;

    function schedule() {
        clearTimeout(quietTimer);
        quietTimer = setTimeout(save, QUIET_MS);
        if (busyTimer === null) {
            busyTimer = setTimeout(save, BUSY_MS);
        }
    }

    function save(leaving) {
        clearTimeout(quietTimer);
        clearTimeout(busyTimer);
        busyTimer = null;
        if (!autosave || !dirty || stopped || submitting || saving) {
            return;
        }
        if (!articleId && title && title.value.trim() === "") {
            say(status.getAttribute("data-title-first"), false);
            return;
        }
        dirty = false;
        saving = true;
        say(status.getAttribute("data-saving"), false);
        post("Autosave", new FormData(form), leaving).then(function (r) {
            return r.json().then(function (json) { return { ok: r.ok, json: json }; });
        }).then(function (result) {
            if (result.ok) {
                version.value = result.json.version;
                if (!articleId) {
                    adopt(result.json);
                }
                say(result.json.message, false);
            } else if (result.json.conflict) {
                stop();
            } else {
                say(result.json.message, true);
            }
        }).catch(function () {
            dirty = true;
            say(status.getAttribute("data-offline"), true);
        }).then(function () {
            saving = false;
            if (heldSubmitter !== null) {
                submitting = true;
                form.requestSubmit(heldSubmitter);
            } else if (dirty) {
                schedule();
            }
        });
    }

    // Someone else saved the article: autosave stops, and "Compare versions" posts the form's text to the ordinary
    // save, whose refusal is the page with both texts side by side. The user's text stays in the form meanwhile.
    function stop() {
        stopped = true;
        say(status.getAttribute("data-stopped") + " ", true);
        var compare = document.createElement("button");
        compare.type = "submit";
        compare.id = "autosave-compare";
        compare.className = "nr-button--secondary";
        compare.setAttribute("form", "editor");
        compare.setAttribute("formaction", endpoint + "?handler=Save");
        compare.textContent = status.getAttribute("data-compare");
        status.appendChild(compare);
    }

    if (autosave) {
        form.addEventListener("input", function () {
            dirty = true;
            schedule();
        });
        form.addEventListener("change", function () {
            dirty = true;
            schedule();
        });
        document.addEventListener("visibilitychange", function () {
            if (document.visibilityState === "hidden") {
                save(true);
            }
        });
        window.addEventListener("pagehide", function () { save(true); });
    }

    // A button's own save must not race an autosave for the version: it waits for the autosave under way.
    form.addEventListener("submit", function (event) {
        if (saving) {
            event.preventDefault();
            heldSubmitter = event.submitter || null;
            return;
        }
        if (!event.defaultPrevented) {
            submitting = true;
        }
    });

    // Presence: a heartbeat while the page is open; the answer names whoever else has the article open.
    var presenceStarted = false;

    function beat() {
        post("Presence", new FormData()).then(function (r) { return r.ok ? r.json() : null; }).then(function (json) {
            if (json && warning) {
                warning.textContent = json.message || "";
                warning.hidden = !json.message;
            }
        }).catch(function () { /* the next heartbeat tries again */ });
    }

    function startPresence() {
        if (presenceStarted || !articleId || form.getAttribute("data-presence") !== "on") {
            return;
        }
        presenceStarted = true;
        beat();
        setInterval(beat, HEARTBEAT_MS);
        window.addEventListener("pagehide", function () {
            if (!submitting) {
                post("Leave", new FormData(), true).catch(function () { /* the entry expires by itself */ });
            }
        });
    }

    startPresence();
})();
