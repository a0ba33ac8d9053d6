// Russian and English typography as the text is typed, by the same rules the server's "Typography" applies
// (Infrastructure/Text/Typography): straight quotes become the article language's quotes, «ёлочки» outside and
// „лапки“ inside in Russian, “double” and ‘single’ in English; a hyphen between spaces becomes a dash (in Russian tied
// to the word before it by a non-breaking space); two hyphens a dash, three dots an ellipsis; a short word keeps to the
// next one with a non-breaking space. The language is read when a rule fires, so changing the article's language
// changes the typography from then on. Backspace right after a replacement gives back what was typed.
import { Extension, InputRule } from "@tiptap/core";

const NBSP = "\u00A0";

const styles = {
    Ru: {
        pairs: [["«", "»"], ["„", "“"]],
        spacedDash: NBSP + "— ",
        shortWord: /(?:^|[\s([{«„“"—-])(?!(?:ли|ль|же|бы) $)[а-яё]{1,2} $/i,
    },
    En: {
        pairs: [["“", "”"], ["‘", "’"]],
        spacedDash: " — ",
        shortWord: /(?:^|[\s([{“"—-])(?:a|an|the|I) $/i,
    },
};

// The quotes still open before the cursor, innermost last. A closing mark with nothing of its kind open (an
// apostrophe, say) closes nothing.
function openQuotes(text, style) {
    const open = [];
    for (const ch of text) {
        const pair = style.pairs.findIndex(([opening]) => opening === ch);
        if (pair >= 0) {
            open.push(pair);
        } else if (open.length > 0 && style.pairs[open[open.length - 1]][1] === ch) {
            open.pop();
        }
    }
    return open;
}

// A quote at the start of a paragraph, after a space, an opening bracket, a dash, a slash or an opening quote opens.
function opensHere(before, style) {
    return before === "" || /[\s([{—–\-/]$/.test(before) || style.pairs.some(([opening]) => before.endsWith(opening));
}

export function Typography(languageOf) {
    const style = () => styles[languageOf()] || styles.Ru;
    // The range ends after the typed character, which is already in the text: a whole-match rule replaces the range,
    // a character rule only the character typed. A handler that changes nothing lets the character stand.
    const rule = (find, replace, wholeMatch = false) => new InputRule({
        find,
        handler: ({ state, range, match }) => {
            const replacement = replace(style(), match.input.slice(0, -1));
            if (replacement !== null) {
                state.tr.insertText(replacement, wholeMatch ? range.from : range.to - 1, range.to);
            }
        },
    });
    return Extension.create({
        name: "newsroomTypography",
        addInputRules() {
            return [
                rule(/"$/, (s, before) => {
                    const open = openQuotes(before, s);
                    if (opensHere(before, s)) {
                        return s.pairs[Math.min(open.length, 1)][0];
                    }
                    return open.length > 0 ? s.pairs[open[open.length - 1]][1] : s.pairs[0][1];
                }),
                rule(/[ \u00A0]-\s$/, (s) => s.spacedDash, true),
                rule(/--$/, () => "—", true),
                rule(/\.\.\.$/, () => "…", true),
                rule(/ $/, (s, before) => s.shortWord.test(before + " ") ? NBSP : null),
            ];
        },
    });
}
