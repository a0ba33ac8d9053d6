using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Vestnik.Infrastructure.Web;

/// <summary>
/// Gives every reader page a twin under <c>/en</c>: <c>/articles/{slug}</c> also answers at
/// <c>/en/articles/{slug}</c>, where the page renders in English (see <c>ContentLanguageExtensions.FromPath</c>).
/// </summary>
public static class EnglishRoutesConvention
{
    public static void AddEnglishTwins(this PageConventionCollection conventions, string folderPath) =>
        conventions.AddFolderRouteModelConvention(folderPath, model =>
        {
            foreach (var selector in model.Selectors.ToList())
            {
                var template = selector.AttributeRouteModel?.Template?.TrimStart('/') ?? "";
                model.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel
                    {
                        Template = template.Length == 0 ? "/en" : "/en/" + template,
                        SuppressLinkGeneration = true,
                    },
                });
            }
        });
}
