namespace Vestnik.Features.Demo.Corpus;

/// <summary>Newsroom-wide English prose: connectives, notes on retold sources, the columnist's voice.</summary>
internal static class EnglishNewsroom
{
    public static readonly NewsroomProse Prose = new(
        QuoteFormat: "“{0},” {1}.",
        Connectives:
        [
            "Meanwhile, ", "At the same time, ", "In addition, ", "Separately, ", "Notably, ", "What is more, ",
        ],
        RetellingNotes:
        [
            "{outlet} draws on its own sources and publicly available data.",
            "Vestnik was unable to independently verify all of the figures cited by {outlet}.",
            "{outlet} also quotes independent experts who warn against drawing conclusions too early.",
            "This article summarises the main points of the report by {outlet}.",
            "The report by {outlet} is based on interviews with people involved.",
        ],
        OpinionTurns:
        [
            "One could object that there was no alternative. But “no alternative” too often means “nobody looked”.",
            "The argument over {topic} is revealing: it is less about money than about trust.",
            "The problem is not the idea itself but how it is carried out.",
            "What matters is not the wording of official documents but who answers for the result.",
            "It would be more honest to admit that there are no quick fixes here.",
            "I am not calling for a revolution, only for common sense.",
            "The experience of those who have succeeded shows that consistency matters more than resources.",
        ],
        OpinionClosings:
        [
            "I may be wrong. But it is better to err on the side of caution than of optimism.",
            "Time will tell who was right, but staying silent now is the worst option.",
            "A good place to start would be honest numbers and an open debate about {topic}.",
            "Deciding is not a columnist's job. Asking questions is.",
        ],
        ListIntros:
        [
            "The key numbers:", "What we know so far:", "In brief:", "The main parameters:", "Figures worth remembering:",
        ],
        Subheads: ["What experts say", "Reaction", "Assessments", "Another view"]);
}
