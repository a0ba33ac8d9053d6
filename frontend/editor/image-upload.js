// Uploads image files dropped or pasted into the text through the media library (the same checks and renditions as
// the media page), then puts each uploaded image where the files landed. The server's words explain a refusal
// (not an image, too large); a body cut off by the size limit answers 413 with plain text.
export async function uploadImage(root, file) {
    const form = new FormData();
    form.append("upload", file);
    const token = root.closest("form")?.querySelector("input[name=__RequestVerificationToken]");
    if (token) {
        form.append("__RequestVerificationToken", token.value);
    }
    let response;
    try {
        response = await fetch(root.getAttribute("data-media-library"), { method: "POST", body: form, credentials: "same-origin" });
    } catch {
        throw new Error(root.getAttribute("data-upload-failed"));
    }
    const isJson = (response.headers.get("content-type") || "").includes("json");
    const answer = isJson ? await response.json() : { error: (await response.text()).trim() };
    if (!response.ok) {
        throw new Error(answer.error || root.getAttribute("data-upload-failed"));
    }
    return answer;
}

export function imageAttrs(item) {
    return { src: item.src, alt: item.alt || "", caption: item.caption || "", credit: item.credit || "" };
}

export async function uploadImages(root, editor, files, at) {
    const note = root.querySelector("[data-note]");
    note.textContent = root.getAttribute("data-uploading");
    note.hidden = false;
    let position = at;
    for (const file of files) {
        try {
            const item = await uploadImage(root, file);
            editor.chain().focus().insertContentAt(position, { type: "articleImage", attrs: imageAttrs(item) }).run();
            position += 1;
        } catch (problem) {
            note.textContent = `${file.name}: ${problem.message}`;
            return;
        }
    }
    note.hidden = true;
}
