// Words and reading time of the body, counted from its Markdown (markup characters are not words), in the page's
// language: the page gives each count's one/few/many forms, and the language's plural rules pick one (English and
// fractions say "other", which reads as "many").
const wordsPerMinute = 180;

export function bindWordCount(root, source) {
    const output = root.querySelector("[data-word-count]");
    if (!output) {
        return;
    }
    const rules = new Intl.PluralRules(document.documentElement.lang || "ru");
    const format = (name, count) =>
        (root.getAttribute(`data-${name}-${rules.select(count)}`) || root.getAttribute(`data-${name}-many`)).replace("{0}", count.toLocaleString(document.documentElement.lang || "ru"));

    function update() {
        const words = (source.value.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) || []).length;
        const minutes = Math.max(1, Math.round(words / wordsPerMinute));
        output.textContent = `${format("words", words)} · ${format("minutes", minutes)}`;
    }
    source.addEventListener("input", update);
    update();
}
