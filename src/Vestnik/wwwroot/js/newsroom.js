// Newsroom editor enhancements: live preview, tag suggestions, the library image's words, delete confirmation
// (autosave and presence are editor-safety.js).
// Everything here is optional: without JavaScript the editor's buttons do the same through plain form posts.
(function () {
    "use strict";

    var form = document.getElementById("editor");
    if (!form) {
        return;
    }
    var token = form.querySelector("input[name=__RequestVerificationToken]");
    var endpoint = window.location.pathname;

    function post(handler, data) {
        return fetch(endpoint + "?handler=" + handler, {
            method: "POST",
            body: data,
            headers: token ? { "RequestVerificationToken": token.value } : {},
            credentials: "same-origin"
        });
    }

    // Live preview, rendered on the server by the same pipeline as the reader site.
    var body = document.getElementById("Form_Body");
    var preview = document.getElementById("preview");
    var previewTimer = null;
    if (body && preview) {
        body.addEventListener("input", function () {
            clearTimeout(previewTimer);
            previewTimer = setTimeout(function () {
                var data = new FormData();
                data.append("Form.Body", body.value);
                post("Preview", data).then(function (r) { return r.ok ? r.text() : null; })
                    .then(function (html) { if (html !== null) { preview.innerHTML = html; } });
            }, 400);
        });
    }

    // Tag suggestions for the last, unfinished tag in the comma-separated list.
    var tags = document.getElementById("Form_Tags");
    var list = document.getElementById("tag-suggestions");
    if (tags && list) {
        tags.addEventListener("input", function () {
            var parts = tags.value.split(",");
            var last = parts[parts.length - 1].trim();
            if (last.length < 2) {
                return;
            }
            fetch("/newsroom/tags?q=" + encodeURIComponent(last), { credentials: "same-origin" })
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (names) {
                    var head = parts.slice(0, -1).map(function (p) { return p.trim(); }).filter(Boolean);
                    list.innerHTML = "";
                    names.forEach(function (name) {
                        var option = document.createElement("option");
                        option.value = head.concat([name]).join(", ");
                        list.appendChild(option);
                    });
                });
        });
    }

    // Picking a library image brings its caption, credit and alt text, which the editor may then change.
    var leadFields = { caption: "Form_LeadCaption", credit: "Form_LeadCredit", alt: "Form_LeadAlt" };
    form.addEventListener("change", function (event) {
        var picked = event.target;
        if (picked.name !== "Form.LeadMediaId") {
            return;
        }
        Object.keys(leadFields).forEach(function (key) {
            var field = document.getElementById(leadFields[key]);
            if (field) {
                field.value = picked.getAttribute("data-" + key) || "";
            }
        });
    });

    form.addEventListener("submit", function (event) {
        var button = event.submitter;
        if (button && button.getAttribute("data-confirm") && !window.confirm(button.getAttribute("data-confirm"))) {
            event.preventDefault();
        }
    });
})();
