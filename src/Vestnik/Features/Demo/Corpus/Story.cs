namespace Vestnik.Features.Demo.Corpus;

/// <summary>
/// One story of the demo newsroom. A story with both <see cref="Ru"/> and <see cref="En"/> becomes a
/// Russian article and its English translation; a story with one of them is published in that language only.
/// </summary>
/// <param name="Label">One of <see cref="Labels"/>, or null for plain news.</param>
/// <param name="Byline">Names from <see cref="Staff"/>.</param>
internal sealed record Story(string Key, string? Label, IReadOnlyList<string> Byline, IReadOnlyList<CorpusTag> Tags)
{
    public StoryText? Ru { get; init; }
    public StoryText? En { get; init; }

    /// <summary>The foreign-press story this one retells, if any.</summary>
    public Retold? Source { get; init; }
}

/// <summary>
/// The hand-written specifics of a story in one language, which <see cref="ArticleWriter"/> weaves
/// together with the section's prose.
/// </summary>
/// <param name="Lead">The opening paragraph; unique per story, so no two articles open alike.</param>
/// <param name="Paragraphs">
/// The story's own paragraphs after the lead, in reading order, the quote following the first; an entry may
/// also be a "## " subheading.
/// </param>
internal sealed record StoryText(
    string Title,
    string Dek,
    string Caption,
    string Lead,
    IReadOnlyList<string> Paragraphs,
    Quote Quote,
    Slots Slots)
{
    /// <summary>Key numbers, shown as a Markdown list when present.</summary>
    public IReadOnlyList<string> Figures { get; init; } = [];
}

/// <summary>A quotation; <see cref="Attribution"/> carries the verb and the speaker ("сказала Ольга Дятлова, вице-мэр").</summary>
internal sealed record Quote(string Text, string Attribution);

/// <summary>
/// Phrases the prose templates splice in: {place} is an adverbial with its preposition ("в Казани",
/// "in Kazan"), {body} the institution involved and {topic} the subject. In Russian, body and topic are
/// given in the genitive, the only case the templates use them in, so nothing needs declining.
/// </summary>
internal sealed record Slots(string Place, string Body, string Topic);

/// <summary>
/// The original of a retelling; <see cref="Path"/> is appended to the outlet's homepage. Paths carry no
/// dates: ages are relative to the moment of seeding, so a dated URL would contradict the article's own date.
/// </summary>
/// <param name="Headline">In the outlet's language.</param>
internal sealed record Retold(string Outlet, string Headline, string Path);

/// <summary>A section with its stories, in the order they were published, newest first.</summary>
internal sealed record Desk(DemoSection Section, IReadOnlyList<Story> Stories, SectionProse Ru, SectionProse En);

/// <summary>The label slugs <see cref="DemoArticle.LabelSlug"/> accepts.</summary>
internal static class Labels
{
    public const string Exclusive = "exclusive";
    public const string Breaking = "breaking";
    public const string Analysis = "analysis";
    public const string Opinion = "opinion";
}
