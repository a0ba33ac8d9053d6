// The article body's visual editor. Markdown stays the stored format: the editor reads the form's textarea and
// writes every change back into it, so saving, autosave, preview, revisions and the page without JavaScript work
// exactly as with the textarea alone. A text the editor cannot show without changing it (footnotes, for one) stays
// in Markdown, and the editor says why.
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";
import { Markdown } from "@tiptap/markdown";
import { Embed } from "./embed.js";
import { ArticleImage } from "./image.js";
import { cleanPastedHtml } from "./paste.js";
import { SafeParagraph } from "./safe-paragraph.js";
import { Typography } from "./typography.js";
import { bindToolbar } from "./toolbar.js";
import { bindWordCount } from "./word-count.js";

const root = document.getElementById("rich-editor");
const source = document.getElementById("Form_Body");
if (root && source && !source.closest("fieldset[disabled]")) {
    mount(root, source);
}

function mount(root, source) {
    const surface = root.querySelector("[data-surface]");
    const note = root.querySelector("[data-note]");
    const editor = new Editor({
        element: surface,
        injectCSS: false,
        extensions: [
            StarterKit.configure({
                paragraph: false,
                underline: false,
                heading: { levels: [2, 3, 4] },
                link: { openOnClick: false, autolink: true, defaultProtocol: "https", isAllowedUri: isAllowedLink },
            }),
            SafeParagraph,
            TableKit.configure({ table: { resizable: false } }),
            Typography(() => document.getElementById("Form_Language")?.value),
            Embed,
            ArticleImage(root),
            Markdown,
        ],
        editorProps: {
            attributes: { class: "nr-rich__text article__body", "aria-label": root.getAttribute("data-label") },
            transformPastedHTML: cleanPastedHtml,
        },
    });

    // The textarea is hidden exactly while the visual editor shows the text.
    const isVisual = () => source.hidden;
    function showVisual() {
        editor.commands.setContent(source.value, { contentType: "markdown", emitUpdate: false });
        if (!sameMarkdown(editor.getMarkdown(), source.value)) {
            note.textContent = root.getAttribute("data-lossy");
            note.hidden = false;
            return false;
        }
        note.hidden = true;
        source.hidden = true;
        surface.hidden = false;
        root.classList.add("nr-rich--visual");
        return true;
    }
    function showMarkdown() {
        source.hidden = false;
        surface.hidden = true;
        root.classList.remove("nr-rich--visual");
    }

    editor.on("update", () => {
        if (!isVisual()) {
            return;
        }
        source.value = trimEnd(editor.getMarkdown());
        // The preview, the autosave and the word count listen to the textarea.
        source.dispatchEvent(new Event("input", { bubbles: true }));
    });

    root.hidden = false;
    bindToolbar(root, editor, {
        isVisual,
        toggle: () => (isVisual() ? (showMarkdown(), true) : showVisual()),
        isAllowedLink,
    });
    bindWordCount(root, source);
    showVisual();
    // The editor benchmark reads the time from navigation to here with the Performance API.
    performance.mark("vestnik:editor-ready");
}

function isAllowedLink(url) {
    return /^(https?:\/\/|mailto:)/i.test(url.trim());
}

// Blank lines at the end of Markdown mean nothing (a list at the end leaves some).
function trimEnd(markdown) {
    return markdown.replace(/\s+$/, "");
}

// The textarea hands over its text with "\n" line ends.
function sameMarkdown(a, b) {
    return trimEnd(a) === trimEnd(b.replace(/\r\n/g, "\n"));
}
