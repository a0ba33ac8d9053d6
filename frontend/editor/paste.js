// Clipboard HTML from office programs, cleaned of what the editor's own parsing gets wrong; everything else (classes,
// office tags, scripts, images) the editor's schema already drops, since it keeps only what the site shows.
export function cleanPastedHtml(html) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    // Google Docs wraps the whole paste in a <b> whose style says it is not bold; the editor would make it all bold.
    for (const wrapper of doc.querySelectorAll("b[id^='docs-internal-guid']")) {
        wrapper.replaceWith(...wrapper.childNodes);
    }
    // A <br> between paragraphs is Google Docs' blank line, not a line break in the text.
    for (const lineBreak of doc.querySelectorAll("body > br")) {
        lineBreak.remove();
    }
    // Google Docs and Word say bold and italic with inline styles, which the page's Content-Security-Policy keeps the
    // editor from reading: they become the tags that mean the same.
    for (const styled of doc.querySelectorAll("span[style]")) {
        const style = styled.getAttribute("style");
        wrapIf(styled, /font-weight\s*:\s*(bold|[6-9]00)/i.test(style), "strong");
        wrapIf(styled, /font-style\s*:\s*italic/i.test(style), "em");
        wrapIf(styled, /text-decoration[\w-]*\s*:[^;]*line-through/i.test(style), "s");
    }
    return doc.body.innerHTML;
}

function wrapIf(element, condition, tag) {
    if (!condition) {
        return;
    }
    const wrapper = element.ownerDocument.createElement(tag);
    wrapper.append(...element.childNodes);
    element.append(wrapper);
}
