// The "Image" button's dialog: the media library page by page, searchable, and the upload of a new file. A <dialog>
// opened modally keeps the keyboard inside it (Escape closes it); choosing an image puts it at the cursor and selects
// it, so its alt text, caption and credit can be written at once in the image panel.
import { imageAttrs, uploadImage } from "./image-upload.js";

export function bindImagePicker(root, editor) {
    const dialog = root.querySelector("[data-image-picker]");
    if (!dialog) {
        return null;
    }
    const query = dialog.querySelector("[data-picker-query]");
    const results = dialog.querySelector("[data-picker-results]");
    const status = dialog.querySelector("[data-picker-status]");
    const previous = dialog.querySelector("[data-picker-previous]");
    const next = dialog.querySelector("[data-picker-next]");
    const file = dialog.querySelector("[data-picker-file]");
    const error = dialog.querySelector("[data-picker-error]");
    let page = 1;
    let pages = 1;

    function showError(message) {
        error.textContent = message;
        error.hidden = !message;
    }

    // Typing a search while the first page is still coming makes two requests: only the latest one's answer is shown,
    // and the list says it is busy until then.
    let latest = 0;

    async function load(wanted) {
        const request = ++latest;
        results.setAttribute("aria-busy", "true");
        const address = new URL(root.getAttribute("data-media-library"), location.href);
        address.searchParams.set("q", query.value.trim());
        address.searchParams.set("p", String(wanted));
        let response;
        let answer;
        try {
            response = await fetch(address, { credentials: "same-origin", headers: { Accept: "application/json" } });
            answer = await response.json();
        } catch {
            // No connection, or a page instead of JSON (the session has ended and the sign-in page answered).
            answer = { error: dialog.getAttribute("data-load-failed") };
        }
        if (request !== latest) {
            return;
        }
        results.setAttribute("aria-busy", "false");
        if (!response?.ok) {
            showError(answer.error);
            return;
        }
        showError("");
        page = answer.pageNumber;
        pages = answer.pages;
        results.replaceChildren(...answer.items.map(item));
        status.textContent = answer.items.length === 0
            ? dialog.getAttribute("data-empty")
            : dialog.getAttribute("data-page-of").replace("{0}", page).replace("{1}", pages);
        previous.disabled = page <= 1;
        next.disabled = page >= pages;
    }

    function item(image) {
        const entry = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "nr-picker__choice";
        const thumb = document.createElement("img");
        thumb.src = image.thumb;
        thumb.alt = "";
        thumb.width = 160;
        thumb.height = Math.max(1, Math.round((160 * image.height) / image.width));
        const name = document.createElement("span");
        name.textContent = image.caption || image.alt || image.name;
        button.append(thumb, name);
        button.addEventListener("click", () => choose(image));
        entry.append(button);
        return entry;
    }

    function choose(image) {
        dialog.close();
        // The image goes where the cursor was and is selected, so the panel opens on it with its alt text to write. The
        // editor is not focused first: its focus comes a frame later and would take the keyboard from the panel.
        const at = editor.state.selection.from;
        editor.chain().insertContent({ type: "articleImage", attrs: imageAttrs(image) }).setNodeSelection(at).run();
        root.querySelector("[data-image-alt]")?.focus();
    }

    dialog.addEventListener("click", (event) => {
        const action = event.target.closest("[data-picker-action]")?.getAttribute("data-picker-action");
        if (action === "search") {
            load(1);
        } else if (action === "previous") {
            load(page - 1);
        } else if (action === "next") {
            load(page + 1);
        } else if (action === "close") {
            dialog.close();
        }
    });
    // The dialog sits inside the article's form: Enter in the search box searches instead of saving the article.
    query.addEventListener("keydown", (event) => {
        if (event.key === "Enter") {
            event.preventDefault();
            load(1);
        }
    });
    file.addEventListener("change", async () => {
        const chosen = file.files?.[0];
        if (!chosen) {
            return;
        }
        showError("");
        status.textContent = root.getAttribute("data-uploading");
        try {
            const image = await uploadImage(root, chosen);
            file.value = "";
            choose(image);
        } catch (problem) {
            status.textContent = "";
            showError(problem.message);
        }
    });

    return {
        open() {
            showError("");
            dialog.showModal();
            query.focus();
            load(1);
        },
    };
}
