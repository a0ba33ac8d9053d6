using System.Globalization;
using System.Security;

namespace Vestnik.Features.Demo;

/// <summary>A round portrait placeholder with the author's initials, for demo authors who have no photo.</summary>
public static class DemoAvatar
{
    private static readonly string[] Colors = ["#8a3b12", "#1f5f8b", "#2e6b3f", "#6b2e5f", "#7a6a1f", "#3b3f8a", "#8b1f3a", "#1f6b6b"];

    public static string Svg(string name)
    {
        var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(part => char.ToUpper(part[0], CultureInfo.InvariantCulture)));
        var color = Colors[(int)((uint)StableHash(name) % (uint)Colors.Length)];
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="320" height="320" viewBox="0 0 320 320">
            <rect width="320" height="320" fill="{color}"/>
            <text x="160" y="196" font-family="DejaVu Sans, Arial, sans-serif" font-size="120" fill="#fff" text-anchor="middle">{SecurityElement.Escape(initials)}</text>
            </svg>
            """;
    }

    // string.GetHashCode is randomized per process; demo output must be the same on every start.
    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var ch in text)
            {
                hash = (hash * 31) + ch;
            }
            return hash;
        }
    }
}
