using System.Text.RegularExpressions;

namespace Vestnik.Features.Comments.Spam;

/// <summary>What the classifier looks at in a comment: word stems, plus markers for links, their hosts and shouting.</summary>
public static partial class SpamFeatures
{
    public static IReadOnlyList<string> Of(string text)
    {
        var features = new List<string>();
        foreach (Match link in Link().Matches(text))
        {
            features.Add("link:");
            features.Add("host:" + link.Groups["host"].Value.ToLowerInvariant());
        }
        foreach (var stem in RussianStems.Of(Link().Replace(text, " ")))
        {
            if (stem.Length is > 1 and <= Model.SpamToken.MaxLength - 4)
            {
                features.Add("w:" + stem);
            }
        }
        var letters = text.Count(char.IsLetter);
        if (letters >= 20 && text.Count(char.IsUpper) > letters * 0.6)
        {
            features.Add("shouting:");
        }
        if (text.Count(c => c == '!') >= 3)
        {
            features.Add("exclamations:");
        }
        return features;
    }

    [GeneratedRegex(@"(?:https?://|www\.)(?<host>[^\s/<>""?#:]+)[^\s<>""]*", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
