// The source pane beside a retelling: recomputes how much of the body repeats the original as either text changes.
// Optional like the editor's other scripts: without JavaScript, Preview and Save recompute the same figures.
(function () {
    "use strict";

    var form = document.getElementById("editor");
    var overlap = document.getElementById("source-overlap");
    var body = document.getElementById("Form_Body");
    var original = document.getElementById("Form_SourceText");
    if (!form || !overlap || !body || !original) {
        return;
    }
    var token = form.querySelector("input[name=__RequestVerificationToken]");
    var timer = null;
    var pending = null;

    function refresh() {
        if (pending) {
            pending.abort();
        }
        pending = new AbortController();
        var data = new FormData();
        data.append("Form.Body", body.value);
        data.append("Form.SourceText", original.value);
        fetch(window.location.pathname + "?handler=Overlap", {
            method: "POST",
            body: data,
            headers: token ? { "RequestVerificationToken": token.value } : {},
            credentials: "same-origin",
            signal: pending.signal
        }).then(function (r) { return r.ok ? r.text() : null; })
            .then(function (html) {
                if (html === null) {
                    return;
                }
                // The editor's "publish anyway" answer survives the refresh while the warning stands.
                var anyway = overlap.querySelector("input[name='Form.PublishDespiteVerbatim']");
                var answered = anyway !== null && anyway.checked;
                overlap.innerHTML = html;
                var again = overlap.querySelector("input[name='Form.PublishDespiteVerbatim']");
                if (again) {
                    again.checked = answered;
                }
            })
            .catch(function (error) {
                if (error.name !== "AbortError") {
                    throw error;
                }
            });
    }

    function later() {
        clearTimeout(timer);
        timer = setTimeout(refresh, 600);
    }

    body.addEventListener("input", later);
    original.addEventListener("input", later);
})();
