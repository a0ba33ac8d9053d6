// The fields of the image under the cursor: alt text (required to publish), caption and credit. It shows when an image
// is selected (a click, or the arrow keys stepping onto it) and sits right after the text, so Tab reaches it. Each
// keystroke changes the image's attributes in place, which keeps the image selected and writes the Markdown back.
import { NodeSelection } from "@tiptap/pm/state";

export function bindImagePanel(root, editor) {
    const panel = root.querySelector("[data-image-panel]");
    if (!panel) {
        return;
    }
    const fields = {
        alt: panel.querySelector("[data-image-alt]"),
        caption: panel.querySelector("[data-image-caption]"),
        credit: panel.querySelector("[data-image-credit]"),
    };
    let position = null;

    function selectedImage() {
        const { selection } = editor.state;
        return selection instanceof NodeSelection && selection.node.type.name === "articleImage" ? selection : null;
    }

    editor.on("selectionUpdate", () => {
        const selected = selectedImage();
        if (!selected) {
            // Focus moving into the panel does not change the editor's selection, so the panel stays while it is used.
            position = null;
            panel.hidden = true;
            return;
        }
        if (selected.from !== position) {
            position = selected.from;
            for (const [name, input] of Object.entries(fields)) {
                input.value = selected.node.attrs[name];
            }
        }
        panel.hidden = false;
    });

    for (const [name, input] of Object.entries(fields)) {
        input.addEventListener("input", () => {
            if (position === null) {
                return;
            }
            editor.view.dispatch(editor.state.tr.setNodeAttribute(position, name, input.value));
        });
        // Enter would submit the article's form; here it means "done with this image".
        input.addEventListener("keydown", (event) => {
            if (event.key === "Enter") {
                event.preventDefault();
                editor.commands.focus();
            }
        });
    }
}
