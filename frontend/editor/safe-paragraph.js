// A paragraph whose line starts like a Markdown block ("- ", "1. ", "# ", "> ", or a "---"/"===" rule) would come back from the site's
// renderer as a list, a heading or a quote. The serializer does not escape those starts, so the paragraph does.
import Paragraph from "@tiptap/extension-paragraph";

const blockStart = /^( {0,3})(#{1,6}(?=\s|$)|[-+*](?=\s)|\d{1,9}(?=[.)]\s)|>|(?:-{2,}|={2,})(?=\s*$))/gm;

export function escapeBlockStarts(markdown) {
    return markdown.replace(blockStart, (match, indent, marker) =>
        /^\d/.test(marker) ? indent + marker + "\\" : indent + "\\" + marker);
}

export const SafeParagraph = Paragraph.extend({
    renderMarkdown(node, helpers, context) {
        return escapeBlockStarts(Paragraph.config.renderMarkdown.call(this, node, helpers, context));
    },
});
