// Russian and English typography as the text is typed: straight quotes become the article language's quotes
// («…» or “…”), a hyphen between spaces a dash (in Russian tied to the word before it by a non-breaking space), two
// hyphens a dash, three dots an ellipsis. The language is read when the rule fires, so changing the article's
// language changes the quotes from then on. Backspace right after a replacement gives back what was typed.
import { Extension, InputRule } from "@tiptap/core";

const styles = {
    Ru: { open: "«", close: "»", spacedDash: "\u00A0— " },
    En: { open: "“", close: "”", spacedDash: " — " },
};

export function Typography(languageOf) {
    const style = () => styles[languageOf()] || styles.Ru;
    // The range ends after the typed character, which is already in the text: a whole-match rule replaces the range,
    // a quote only the character typed.
    const rule = (find, replace, wholeMatch = false) => new InputRule({
        find,
        handler: ({ state, range }) => {
            state.tr.insertText(replace(style()), wholeMatch ? range.from : range.to - 1, range.to);
        },
    });
    return Extension.create({
        name: "newsroomTypography",
        addInputRules() {
            return [
                // A quote after a space, an opening bracket or dash, or at the start of a paragraph opens; any other closes.
                rule(/(?:^|[\s([{«„“—-])"$/, (s) => s.open),
                rule(/"$/, (s) => s.close),
                rule(/ -\s$/, (s) => s.spacedDash, true),
                rule(/--$/, () => "—", true),
                rule(/\.\.\.$/, () => "…", true),
            ];
        },
    });
}
