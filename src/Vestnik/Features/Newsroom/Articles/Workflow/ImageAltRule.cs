using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Newsroom.Articles.Workflow;

/// <summary>
/// A reader who cannot see an image gets its alt text instead, so a text goes before readers (published, or scheduled
/// to be) only when every image in it has one. Drafts may lack it while the text is being written.
/// </summary>
public sealed class ImageAltRule(MarkdownRenderer markdown)
{
    /// <summary>Null when the body may go before readers; otherwise the message naming its first image without alt text.</summary>
    public string? Check(string bodyMarkdown, NewsroomText text)
    {
        var images = markdown.Images(bodyMarkdown);
        for (var i = 0; i < images.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(images[i].Alt))
            {
                return text.ImageAltMissing(i + 1, images[i].Caption.Length > 0 ? images[i].Caption : images[i].Url);
            }
        }
        return null;
    }
}
