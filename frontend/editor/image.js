// Images from the media library in the text. Markdown keeps each one readable as plain text:
//   ![alt text](/media/2026/12/0123456789abcdef/1440.jpg "Caption © Credit")
// the title holding the caption and, after " © ", the credit (or "© Credit" alone). The site's renderer reads the
// same form (Infrastructure/Text/BodyImages.cs) and shows the image as a figure; several images in one paragraph
// are a gallery. The node is inline, so images side by side stay in one paragraph as they are in the Markdown.
import { Node } from "@tiptap/core";
import { Plugin } from "@tiptap/pm/state";
import { bindImagePanel } from "./image-panel.js";
import { bindImagePicker } from "./image-picker.js";
import { uploadImages } from "./image-upload.js";

const creditMark = "©";

export function splitTitle(title) {
    const text = (title || "").trim();
    if (text.startsWith(creditMark + " ")) {
        return { caption: "", credit: text.slice(2).trim() };
    }
    const mark = text.lastIndexOf(` ${creditMark} `);
    return mark < 0 ? { caption: text, credit: "" } : { caption: text.slice(0, mark).trim(), credit: text.slice(mark + 3).trim() };
}

export function joinTitle(caption, credit) {
    const words = (caption || "").trim();
    const by = (credit || "").trim();
    if (!by) {
        return words;
    }
    return words ? `${words} ${creditMark} ${by}` : `${creditMark} ${by}`;
}

export function imageMarkdown({ src, alt, caption, credit }) {
    const title = joinTitle(caption, credit).replace(/[\\"]/g, "\\$&");
    const text = (alt || "").replace(/[\\[\]]/g, "\\$&");
    return title ? `![${text}](${src} "${title}")` : `![${text}](${src})`;
}

// The editor's own images carry a data attribute, so images pasted from other sites are not taken in.
export function ArticleImage(root) {
    return Node.create({
        name: "articleImage",
        inline: true,
        group: "inline",
        atom: true,
        selectable: true,
        draggable: true,
        addAttributes() {
            return {
                src: { default: "" },
                alt: { default: "" },
                caption: { default: "" },
                credit: { default: "" },
            };
        },
        parseHTML() {
            return [{
                tag: "img[data-article-image]",
                getAttrs: (img) => ({
                    src: img.getAttribute("src") || "",
                    alt: img.getAttribute("alt") || "",
                    caption: img.getAttribute("data-caption") || "",
                    credit: img.getAttribute("data-credit") || "",
                }),
            }];
        },
        renderHTML({ node }) {
            const { src, alt, caption, credit } = node.attrs;
            return ["img", {
                "data-article-image": "", class: "nr-rich__image", src, alt,
                "data-caption": caption, "data-credit": credit, title: joinTitle(caption, credit),
            }];
        },
        markdownTokenName: "image",
        parseMarkdown: (token) => ({
            type: "articleImage",
            attrs: { src: token.href || "", alt: token.text || "", ...splitTitle(token.title) },
        }),
        renderMarkdown: (node) => imageMarkdown(node.attrs),
        addCommands() {
            return {
                openImagePicker: () => () => {
                    this.storage.picker?.open();
                    return true;
                },
            };
        },
        addStorage() {
            return { picker: null };
        },
        onCreate() {
            this.storage.picker = bindImagePicker(root, this.editor);
            bindImagePanel(root, this.editor);
        },
        addProseMirrorPlugins() {
            const editor = this.editor;
            const filesOf = (transfer) => [...(transfer?.files || [])].filter((file) => file.type.startsWith("image/"));
            return [new Plugin({
                props: {
                    handleDrop(view, event) {
                        const files = filesOf(event.dataTransfer);
                        if (files.length === 0) {
                            return false;
                        }
                        event.preventDefault();
                        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.to;
                        uploadImages(root, editor, files, at);
                        return true;
                    },
                    handlePaste(view, event) {
                        const files = filesOf(event.clipboardData);
                        if (files.length === 0) {
                            return false;
                        }
                        event.preventDefault();
                        uploadImages(root, editor, files, view.state.selection.to);
                        return true;
                    },
                },
            })];
        },
    });
}
