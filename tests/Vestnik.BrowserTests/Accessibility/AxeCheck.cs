using System.Text.Json;
using Microsoft.Playwright;
using Vestnik.Testing;

namespace Vestnik.BrowserTests.Accessibility;

/// <summary>One rule axe-core found broken on a page, with up to five of the elements that break it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Id} ({Impact}): {Help} at {string.Join(", ", Targets)}";
}

/// <summary>
/// Runs axe-core (the committed copy in <c>axe/</c>) on the page a browser shows, against WCAG 2.1 A and AA and axe's
/// best practices. The page's content security policy forbids injected scripts, so contexts that run the check are
/// made with <see cref="BrowserNewContextOptions.BypassCSP"/>.
/// </summary>
public static class AxeCheck
{
    private static readonly Lazy<string> Script = new(() =>
        File.ReadAllText(Repository.PathOf("tests", "Vestnik.BrowserTests", "Accessibility", "axe", "axe.min.js")));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string RunAxe = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            });
            return result.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')),
            }));
        }
        """;

    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var found = await page.EvaluateAsync<JsonElement>(RunAxe);
        return found.Deserialize<List<AxeViolation>>(Json)!;
    }
}
