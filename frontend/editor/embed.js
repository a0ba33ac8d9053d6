// An embedded post or video: in Markdown a paragraph holding nothing but a supported address (bare or as <…>), which the
// site renders as a click-to-load card. In the editor it is one block showing the provider and the address, written
// back exactly as it was typed. A supported address pasted alone into an empty paragraph becomes one.
import { Node } from "@tiptap/core";
import { Plugin } from "@tiptap/pm/state";
import { embedProvider } from "./embed-links.js";
import { SafeParagraph } from "./safe-paragraph.js";

export const Embed = Node.create({
    name: "embed",
    group: "block",
    atom: true,
    selectable: true,
    draggable: true,
    // Read before the paragraph, which takes every paragraph this one does not.
    priority: 1100,

    addAttributes() {
        return {
            // Required, so ProseMirror never picks an embed to fill an empty document: the paragraph stays the default block.
            url: { isRequired: true },
            angle: { default: false },
        };
    },

    parseHTML() {
        return [{
            tag: "div[data-embed]",
            getAttrs: (element) => (embedProvider(element.getAttribute("data-embed")) ? { url: element.getAttribute("data-embed") } : false),
        }];
    },

    renderHTML({ node }) {
        return ["div", { class: "nr-embed", "data-embed": node.attrs.url },
            ["span", { class: "nr-embed__provider" }, embedProvider(node.attrs.url) ?? ""],
            ["span", { class: "nr-embed__url" }, node.attrs.url]];
    },

    markdownTokenName: "paragraph",

    parseMarkdown(token) {
        const only = token.tokens?.length === 1 ? token.tokens[0] : null;
        if (!only || only.type !== "link" || token.text.trim() !== only.raw || only.text !== only.href || !embedProvider(only.href)) {
            return null;
        }
        const angle = only.raw === `<${only.href}>`;
        if (!angle && only.raw !== only.href) {
            return null;
        }
        return { type: "embed", attrs: { url: only.href, angle } };
    },

    // Reading paragraph tokens makes this the first writer the serializer finds for paragraphs too: those it hands
    // back to the paragraph's own.
    renderMarkdown(node, helpers, context) {
        if (node.type !== "embed") {
            return SafeParagraph.config.renderMarkdown.call(this, node, helpers, context);
        }
        return node.attrs.angle ? `<${node.attrs.url}>` : node.attrs.url;
    },

    addCommands() {
        return {
            insertEmbed: (url) => ({ commands }) =>
                embedProvider(url) !== null && commands.insertContent({ type: this.name, attrs: { url, angle: false } }),
        };
    },

    addProseMirrorPlugins() {
        const editor = this.editor;
        return [new Plugin({
            props: {
                handlePaste(view, event) {
                    const text = event.clipboardData?.getData("text/plain")?.trim() ?? "";
                    const { $from, empty } = view.state.selection;
                    const inEmptyParagraph = empty && $from.depth === 1 && $from.parent.type.name === "paragraph" && $from.parent.content.size === 0;
                    if (!inEmptyParagraph || !embedProvider(text)) {
                        return false;
                    }
                    return editor.commands.insertEmbed(text);
                },
            },
        })];
    },
});

/** The toolbar's Embed button: asks for the address and refuses, saying why, one that is not a supported post or video. */
export function promptEmbed(root, editor) {
    const note = root.querySelector("[data-note]");
    const url = window.prompt(root.getAttribute("data-embed-prompt"), "");
    if (url === null || url.trim() === "") {
        return;
    }
    if (!embedProvider(url.trim())) {
        note.textContent = root.getAttribute("data-bad-embed");
        note.hidden = false;
        return;
    }
    note.hidden = true;
    editor.chain().focus().insertEmbed(url.trim()).run();
}
