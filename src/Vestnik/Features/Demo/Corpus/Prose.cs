namespace Vestnik.Features.Demo.Corpus;

/// <summary>
/// Prose templates of one section in one language, filled with a story's <see cref="Slots"/>
/// ({place}, {body}, {topic}). Every template must read naturally for every story of the section, which is
/// why the pools are per section rather than shared by the newsroom.
/// </summary>
/// <param name="Context">
/// Background sentences. None opens with a proper noun: the writer may put a connective in front and
/// lower-case the first letter.
/// </param>
/// <param name="ExpertViews">Quoted opinions with an {expert} slot, filled from <paramref name="Experts"/>.</param>
/// <param name="Experts">Invented analysts with their affiliation, as they appear after the quote.</param>
/// <param name="Subheads">Headings that introduce the expert's view.</param>
/// <param name="Outlooks">Closing lines.</param>
internal sealed record SectionProse(
    IReadOnlyList<string> Context,
    IReadOnlyList<string> ExpertViews,
    IReadOnlyList<string> Experts,
    IReadOnlyList<string> Subheads,
    IReadOnlyList<string> Outlooks);

/// <summary>Newsroom-wide prose in one language, shared by all sections.</summary>
/// <param name="QuoteFormat">Composite format of a quote paragraph: {0} is the quote, {1} the attribution.</param>
/// <param name="Connectives">Lead-ins for a sentence inside a paragraph, with their trailing space.</param>
/// <param name="RetellingNotes">Sentences about the foreign source, with an {outlet} slot.</param>
/// <param name="Subheads">Headings that introduce the expert's view in any section.</param>
internal sealed record NewsroomProse(
    string QuoteFormat,
    IReadOnlyList<string> Connectives,
    IReadOnlyList<string> RetellingNotes,
    IReadOnlyList<string> OpinionTurns,
    IReadOnlyList<string> OpinionClosings,
    IReadOnlyList<string> ListIntros,
    IReadOnlyList<string> Subheads);
