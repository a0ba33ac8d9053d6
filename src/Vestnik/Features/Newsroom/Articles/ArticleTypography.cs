using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Infrastructure.Text.Typography;

namespace Vestnik.Features.Newsroom.Articles;

/// <summary>
/// The typography of the words readers see in an article form: headline, dek, body, and the search and social
/// headline and description, each in the article's language. The editor offers it, and shows what is left to fix
/// after every save, rather than rewriting the text on save: a writer who undid a replacement meant it.
/// </summary>
public static class ArticleTypography
{
    /// <summary>Sets the form's text; answers how many replacements that took.</summary>
    public static int Apply(ArticleForm form)
    {
        var fixes = 0;
        form.Title = Plain(form.Title, form, ref fixes);
        form.Dek = Plain(form.Dek, form, ref fixes);
        form.MetaTitle = Plain(form.MetaTitle, form, ref fixes);
        form.MetaDescription = Plain(form.MetaDescription, form, ref fixes);
        var body = Typographer.Markdown(form.Body ?? "", form.Language);
        form.Body = body.Text;
        return fixes + body.Fixes;
    }

    /// <summary>How many replacements <see cref="Apply"/> would make, leaving the form as it is.</summary>
    public static int Count(ArticleForm form)
    {
        var copy = new ArticleForm
        {
            Title = form.Title, Dek = form.Dek, Body = form.Body, MetaTitle = form.MetaTitle,
            MetaDescription = form.MetaDescription, Language = form.Language,
        };
        return Apply(copy);
    }

    private static string Plain(string? text, ArticleForm form, ref int fixes)
    {
        var result = Typographer.Plain(text ?? "", form.Language);
        fixes += result.Fixes;
        return result.Text;
    }
}
