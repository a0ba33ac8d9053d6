import { promptEmbed } from "./embed.js";

// The toolbar's buttons name their action in data-command; their labels come from the page, in its language.
const commands = {
    bold: (e) => e.chain().focus().toggleBold().run(),
    italic: (e) => e.chain().focus().toggleItalic().run(),
    strike: (e) => e.chain().focus().toggleStrike().run(),
    h2: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    h3: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    bulletList: (e) => e.chain().focus().toggleBulletList().run(),
    orderedList: (e) => e.chain().focus().toggleOrderedList().run(),
    blockquote: (e) => e.chain().focus().toggleBlockquote().run(),
    // A pull quote is a quote inside a quote ("> > …" in Markdown): the button nests the paragraph twice, or undoes it.
    pullQuote: (e) => {
        const depth = quoteDepth(e);
        const chain = e.chain().focus();
        if (depth >= 2) {
            return chain.lift("blockquote").lift("blockquote").run();
        }
        return (depth === 1 ? chain : chain.wrapIn("blockquote")).wrapIn("blockquote").run();
    },
    rule: (e) => e.chain().focus().setHorizontalRule().run(),
    table: (e) => e.chain().focus().insertTable({ rows: 3, cols: 2, withHeaderRow: true }).run(),
    image: (e) => e.commands.openImagePicker(),
    undo: (e) => e.chain().focus().undo().run(),
    redo: (e) => e.chain().focus().redo().run(),
};

// How many quotes the cursor stands in.
function quoteDepth(editor) {
    const { $from } = editor.state.selection;
    let depth = 0;
    for (let level = $from.depth; level > 0; level--) {
        if ($from.node(level).type.name === "blockquote") {
            depth++;
        }
    }
    return depth;
}

// Which buttons show as pressed, by the mark or node under the cursor.
const activeWhen = {
    bold: (e) => e.isActive("bold"),
    italic: (e) => e.isActive("italic"),
    strike: (e) => e.isActive("strike"),
    h2: (e) => e.isActive("heading", { level: 2 }),
    h3: (e) => e.isActive("heading", { level: 3 }),
    bulletList: (e) => e.isActive("bulletList"),
    orderedList: (e) => e.isActive("orderedList"),
    blockquote: (e) => quoteDepth(e) === 1,
    pullQuote: (e) => quoteDepth(e) >= 2,
    link: (e) => e.isActive("link"),
};

export function bindToolbar(root, editor, mode) {
    const note = root.querySelector("[data-note]");
    const buttons = [...root.querySelectorAll("[data-command]")];

    function refresh() {
        for (const button of buttons) {
            const name = button.getAttribute("data-command");
            if (name === "markdown") {
                button.setAttribute("aria-pressed", String(!mode.isVisual()));
                continue;
            }
            button.disabled = !mode.isVisual();
            if (activeWhen[name]) {
                button.setAttribute("aria-pressed", String(activeWhen[name](editor)));
            }
        }
    }

    function link() {
        const current = editor.getAttributes("link").href || "";
        const url = window.prompt(root.getAttribute("data-link-prompt"), current);
        if (url === null) {
            return;
        }
        if (url.trim() === "") {
            editor.chain().focus().extendMarkRange("link").unsetLink().run();
            return;
        }
        if (!mode.isAllowedLink(url)) {
            note.textContent = root.getAttribute("data-bad-link");
            note.hidden = false;
            return;
        }
        note.hidden = true;
        editor.chain().focus().extendMarkRange("link").setLink({ href: url.trim() }).run();
    }

    root.addEventListener("click", (event) => {
        const button = event.target.closest("[data-command]");
        if (!button) {
            return;
        }
        const name = button.getAttribute("data-command");
        if (name === "markdown") {
            mode.toggle();
        } else if (name === "link") {
            link();
        } else if (name === "embed") {
            promptEmbed(root, editor);
        } else {
            commands[name](editor);
        }
        refresh();
    });
    editor.on("transaction", refresh);
    refresh();
}
