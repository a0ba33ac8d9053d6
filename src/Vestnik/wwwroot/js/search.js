// Headline completions for the header search box. Without this script the box is a plain GET form.
(function () {
    "use strict";
    var input = document.getElementById("site-search-q");
    if (!input || !window.fetch) {
        return;
    }
    var list = document.createElement("ul");
    list.className = "search-suggestions";
    list.id = "site-search-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.appendChild(list);
    // A text box with a popup list of completions is a combobox; aria-expanded is not allowed on a plain one.
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");

    var timer = 0;
    var latest = 0;

    function close() {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
    }

    function show(items) {
        list.textContent = "";
        items.forEach(function (item) {
            var li = document.createElement("li");
            var a = document.createElement("a");
            a.href = item.url;
            a.textContent = item.title;
            a.setAttribute("role", "option");
            li.appendChild(a);
            list.appendChild(li);
        });
        list.hidden = items.length === 0;
        input.setAttribute("aria-expanded", items.length ? "true" : "false");
    }

    function ask() {
        var text = input.value.trim();
        if (text.length < 2) {
            close();
            return;
        }
        var ticket = ++latest;
        var url = input.dataset.suggest + "?q=" + encodeURIComponent(text) + "&lang=" + encodeURIComponent(input.dataset.lang || "");
        fetch(url, { headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (items) {
                if (ticket === latest) {
                    show(items);
                }
            })
            .catch(close);
    }

    input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(ask, 150);
    });
    input.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            close();
        } else if (event.key === "ArrowDown" && !list.hidden) {
            event.preventDefault();
            list.querySelector("a").focus();
        }
    });
    list.addEventListener("keydown", function (event) {
        var current = document.activeElement;
        if (event.key === "ArrowDown" && current.parentNode.nextSibling) {
            event.preventDefault();
            current.parentNode.nextSibling.firstChild.focus();
        } else if (event.key === "ArrowUp") {
            event.preventDefault();
            var previous = current.parentNode.previousSibling;
            (previous ? previous.firstChild : input).focus();
        } else if (event.key === "Escape") {
            close();
            input.focus();
        }
    });
    document.addEventListener("click", function (event) {
        if (!input.parentNode.contains(event.target)) {
            close();
        }
    });
}());
