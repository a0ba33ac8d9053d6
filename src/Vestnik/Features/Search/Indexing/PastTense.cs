namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// The past tense the Russian dictionary lists as a headword ("рос/L", "вывез/L", "занесла/L"): flag L gives a past
/// tense its other genders and number. Such a headword is linked to its verb's infinitive by the few regular ways
/// a past tense is made; the first candidate the dictionary lists is taken. Irregular pairs ("шла": "идти") stay
/// apart.
/// </summary>
internal static class PastTense
{
    public const char Flag = 'L';

    /// <summary>A past-tense headword ends in a consonant ("рос", "затих", "запер") or in "-ла" ("занесла").</summary>
    public static bool IsPastHeadword(ReadOnlySpan<char> word) =>
        word.Length >= 2 && (word.EndsWith("ла") || !IsVowelOrSign(word[^1]));

    public static IEnumerable<string> InfinitiveCandidates(string past)
    {
        if (past.EndsWith("ла", StringComparison.Ordinal))
        {
            var stem = past[..^2];
            // занесла: занести; вывела: вывести; вяла: вянуть.
            return [stem + "ти", stem + "сти", stem + "нуть"];
        }
        var candidates = new List<string>
        {
            past + "ти",     // вывез: вывезти
            past + "нуть",   // затих: затихнуть
            past + "еть",    // запер: запереть
        };
        // рос: расти (the root's "о" turns "а" in the infinitive).
        var lastO = past.LastIndexOf('о');
        if (lastO >= 0 && lastO == past.Length - 2)
        {
            candidates.Add(past[..lastO] + "а" + past[(lastO + 1)..] + "ти");
        }
        if (past[^1] is 'к' or 'г')
        {
            candidates.Add(past[..^1] + "чь");   // вытек: вытечь; мог: мочь
        }
        if (past[^1] is 'б' or 'д' or 'т')
        {
            candidates.Add(past[..^1] + "сти");  // скреб: скрести
        }
        return candidates;
    }

    private static bool IsVowelOrSign(char letter) => "аеиоуыэюяьй".Contains(letter);
}
